// Lombok's accessors as plain Go methods: getters and setters are emitted, the rest is stubbed.
// The accessor → field rule is target-independent (../lombok.ts; the Spring JSON shapes use it too).

export { lombokField } from "../lombok.js";
