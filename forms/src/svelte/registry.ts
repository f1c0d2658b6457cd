// The renderer's registry: which component draws each widget of a form
// file, and which draw its layout. Replace an entry to restyle a widget.
import type { Component } from 'svelte';
import type { Widget } from '../generated/form-file.ts';
import type { FieldProps } from './field-props.ts';
import SectionView from './Section.svelte';
import StepView from './Step.svelte';
import Checkbox from './widgets/Checkbox.svelte';
import FileUpload from './widgets/FileUpload.svelte';
import MultiSelect from './widgets/MultiSelect.svelte';
import RadioGroup from './widgets/RadioGroup.svelte';
import RepeatableGroup from './widgets/RepeatableGroup.svelte';
import Select from './widgets/Select.svelte';
import Textarea from './widgets/Textarea.svelte';
import TextInput from './widgets/TextInput.svelte';

export const widgets: Record<Widget, Component<{ field: FieldProps }>> = {
  text: TextInput,
  textarea: Textarea,
  number: TextInput,
  date: TextInput,
  select: Select,
  radio: RadioGroup,
  checkbox: Checkbox,
  'multi-select': MultiSelect,
  'personal-number': TextInput,
  phone: TextInput,
  email: TextInput,
  file: FileUpload,
  'repeatable-group': RepeatableGroup,
};

export const layout = { section: SectionView, step: StepView };
