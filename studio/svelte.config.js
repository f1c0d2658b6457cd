import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter(),
    // Strict: no inline scripts or styles beyond SvelteKit's hashed ones and
    // no eval. bpmn-js and the forms renderer set styles through the CSSOM,
    // which style-src does not govern. The one hashed style attribute is
    // SvelteKit's route announcer (generated root.svelte); 'unsafe-hashes'
    // admits exactly that attribute and nothing else.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': [
          'self',
          'unsafe-hashes',
          'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=',
        ],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};
