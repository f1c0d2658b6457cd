import { compile } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import { type Box, diagramOf, importModel, roundTrip } from './diagram.ts';
import { example, ids } from './load.ts';

const SIZES: Record<string, [number, number]> = {
  'bpmn:UserTask': [100, 80],
  'bpmn:ServiceTask': [100, 80],
  'bpmn:ExclusiveGateway': [50, 50],
  'bpmn:ParallelGateway': [50, 50],
  'bpmn:StartEvent': [36, 36],
  'bpmn:EndEvent': [36, 36],
  'bpmn:BoundaryEvent': [36, 36],
  'bpmn:IntermediateCatchEvent': [36, 36],
  'bpmn:ReceiveTask': [100, 80],
};

function onBorder(p: { x: number; y: number }, b: Box): boolean {
  const inX = p.x >= b.x - 1 && p.x <= b.x + b.width + 1;
  const inY = p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
  const edgeX = Math.abs(p.x - b.x) <= 1 || Math.abs(p.x - (b.x + b.width)) <= 1;
  const edgeY = Math.abs(p.y - b.y) <= 1 || Math.abs(p.y - (b.y + b.height)) <= 1;
  return (inX && edgeY) || (inY && edgeX);
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe.each(ids)('process.bpmn of %s', (id) => {
  it('survives import -> export -> import through the engine unchanged', async () => {
    const { bundle, compiled } = await example(id);
    const xml = bundle.files['process.bpmn']!;
    const once = await roundTrip(xml);
    expect(await roundTrip(once)).toBe(once);
    const again = await compile({ files: { ...bundle.files, 'process.bpmn': once } });
    expect(again.diagnostics).toEqual(compiled.diagnostics);
    expect(again.definition?.hash).toBe(compiled.definition?.hash);
    const before = diagramOf(await importModel(xml));
    const after = diagramOf(await importModel(once));
    expect(after).toEqual(before);
  });

  it('draws every flow element once, in the standard bpmn-js sizes', async () => {
    const { bundle } = await example(id);
    const d = diagramOf(await importModel(bundle.files['process.bpmn']!));
    for (const [elementId, e] of d.elements) {
      if (e.type === 'bpmn:SequenceFlow') {
        expect({ elementId, drawn: d.edges.has(elementId) }).toEqual({ elementId, drawn: true });
        continue;
      }
      const box = d.shapes.get(elementId);
      expect({ elementId, size: box && [box.width, box.height] }).toEqual({
        elementId,
        size: SIZES[e.type],
      });
    }
    expect(d.shapes.size + d.edges.size).toBe(d.elements.size);
  });

  it('routes every edge orthogonally from the border of its source to the border of its target', async () => {
    const { bundle } = await example(id);
    const d = diagramOf(await importModel(bundle.files['process.bpmn']!));
    for (const [flowId, points] of d.edges) {
      const flow = d.elements.get(flowId)!;
      expect(points.length).toBeGreaterThanOrEqual(2);
      const first = points[0]!;
      const last = points.at(-1)!;
      expect({ flowId, start: onBorder(first, d.shapes.get(flow.source!)!) }).toEqual({
        flowId,
        start: true,
      });
      expect({ flowId, end: onBorder(last, d.shapes.get(flow.target!)!) }).toEqual({
        flowId,
        end: true,
      });
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect({ flowId, orthogonal: a.x === b.x || a.y === b.y }).toEqual({
          flowId,
          orthogonal: true,
        });
      }
    }
  });

  it('places shapes without overlaps and boundary events on their host border', async () => {
    const { bundle } = await example(id);
    const d = diagramOf(await importModel(bundle.files['process.bpmn']!));
    const placed = [...d.shapes].filter(([elementId]) => !d.elements.get(elementId)?.attachedTo);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i]!, placed[j]!];
        expect({ pair: [a[0], b[0]], overlap: overlap(a[1], b[1]) }).toEqual({
          pair: [a[0], b[0]],
          overlap: false,
        });
      }
    }
    for (const [elementId, e] of d.elements) {
      if (!e.attachedTo) continue;
      const box = d.shapes.get(elementId)!;
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      expect({ elementId, onHost: onBorder(centre, d.shapes.get(e.attachedTo)!) }).toEqual({
        elementId,
        onHost: true,
      });
    }
  });
});
