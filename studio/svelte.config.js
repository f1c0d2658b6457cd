import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter(),
    csp: { mode: 'hash', directives: { 'default-src': ['self'], 'script-src': ['self'] } },
  },
};
