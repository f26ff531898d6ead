// Vue's esm-browser build (runtime template compiler included, plain ES module) carries the
// same API as the package entry, whose types it borrows.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
