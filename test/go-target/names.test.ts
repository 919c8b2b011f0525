// Which source classes the Go back end builds as local classes (a closure where they are declared)
// rather than as package-level types with constructors: decided from javac's binary names.

import { describe, expect, it } from "vitest";
import { isLocalClass } from "../../src/transform/go/names.js";

describe("isLocalClass", () => {
  it.each([
    ["Main$1Greeter", false, true],
    ["com.acme.Main$12Counter", false, true],
    ["Main$1", true, false],
    ["Main$Inner", false, false],
    // A member of the second declaration of one FQN in a multi-service project (declarationsOf):
    ["com.acme.RocketTests$2.TestConfig", false, false],
    ["com.acme.RocketTests$2", false, false],
  ])("%s (anonymous: %s) → %s", (fqn, anonymous, local) => {
    expect(isLocalClass({ anonymous, sym: { fqn } })).toBe(local);
  });
});
