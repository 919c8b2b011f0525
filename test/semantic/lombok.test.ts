// Lombok expansion: generated members exist in the model (origin "lombok") and calls type through them.

import { expect, test } from "vitest";
import { analyseSources, typeAt } from "./helpers.js";

const ORDER = `package p;
import lombok.*;
import lombok.extern.slf4j.Slf4j;
import java.util.List;
@Data @Builder @NoArgsConstructor @AllArgsConstructor
public class Order {
  private Long id;
  private boolean paid;
  private Boolean gift;
  private boolean isUrgent;
  private final String code = "x";
  private List<String> tags;
  private static int counter;
}`;

test("@Data getters/setters (boolean isX), @Builder, constructors", () => {
  const a = analyseSources({
    "p/Order.java": ORDER,
    "p/Use.java": `package p;
class Use { void f(Order order) {
  Long id = order.getId(); order.isPaid(); order.getGift(); order.isUrgent(); order.setUrgent(true); order.getCode(); order.getTags().get(0);
  Order built = Order.builder().id(1L).paid(true).tags(null).build();
  new Order(); new Order(1L, true, null, false, null);
  order.equals(built); order.hashCode(); order.toString();
} }`,
  });
  expect(typeAt(a, "order.getId()")).toBe("java.lang.Long");
  expect(typeAt(a, "order.isPaid()")).toBe("boolean");
  expect(typeAt(a, "order.getGift()")).toBe("java.lang.Boolean");
  expect(typeAt(a, "order.isUrgent()")).toBe("boolean");
  expect(typeAt(a, "order.setUrgent(true)")).toBe("void");
  expect(typeAt(a, "order.getCode()")).toBe("java.lang.String");
  expect(typeAt(a, "order.getTags().get(0)")).toBe("java.lang.String");
  expect(typeAt(a, "Order.builder()")).toBe("p.Order.OrderBuilder");
  expect(typeAt(a, "Order.builder().id(1L).paid(true).tags(null).build()")).toBe("p.Order");
  expect(typeAt(a, "new Order(1L, true, null, false, null)")).toBe("p.Order");
  const order = a.model.lookupType("p.Order")!;
  expect(order.methods.filter((m) => m.origin === "lombok").map((m) => `${m.name}/${m.params.length}`).sort()).toEqual(
    [
      "<init>/0", "<init>/5", "builder/0", "canEqual/1", "equals/1", "getCode/0", "getGift/0", "getId/0", "getTags/0",
      "hashCode/0", "isPaid/0", "isUrgent/0", "setGift/1", "setId/1", "setPaid/1", "setTags/1", "setUrgent/1", "toString/0",
    ].sort(),
  );
  expect(a.model.lookupType("p.Order.OrderBuilder")?.origin).toBe("lombok");
});

test("@Value, @Getter/@Setter on fields, @RequiredArgsConstructor, @Slf4j, @ToString, @EqualsAndHashCode", () => {
  const a = analyseSources({
    "p/Money.java": `package p;
@lombok.Value public class Money { long cents; String currency; }`,
    "p/Svc.java": `package p;
import lombok.*;
import lombok.extern.slf4j.Slf4j;
@Slf4j @RequiredArgsConstructor @ToString @EqualsAndHashCode
public class Svc {
  private final Money money;
  @Getter private int hits;
  @Setter @Getter private String name;
  void f() { log.info("x"); money.getCents(); new Svc(money).getHits(); setName("n"); getName(); new Money(1L, "EUR"); }
}`,
  });
  expect(typeAt(a, "money.getCents()")).toBe("long");
  expect(typeAt(a, "log")).toBe("org.slf4j.Logger");
  // SLF4J is among the bundled library stubs.
  expect(a.model.lookupType("org.slf4j.Logger")?.origin).toBe("library");
  expect(typeAt(a, "new Svc(money).getHits()")).toBe("int");
  expect(typeAt(a, 'setName("n")')).toBe("void");
  expect(typeAt(a, "getName()")).toBe("java.lang.String");
  expect(typeAt(a, 'new Money(1L, "EUR")')).toBe("p.Money");
  const money = a.model.lookupType("p.Money")!;
  expect(money.fields.every((f) => f.final)).toBe(true);
  expect(money.methods.some((m) => m.name.startsWith("set"))).toBe(false);
  const svc = a.model.lookupType("p.Svc")!;
  expect(svc.methods.filter((m) => m.name === "<init>").map((m) => m.params.length)).toEqual([1]);
  expect(svc.methods.some((m) => m.name === "toString" && m.origin === "lombok")).toBe(true);
  expect(svc.methods.some((m) => m.name === "setHits")).toBe(false);
});

test("Lombok annotations are recognised by FQN, not by simple name", () => {
  const a = analyseSources({
    "p/Data.java": `package p; public @interface Data {}`,
    "p/X.java": `package p; @Data class X { int v; }`,
  });
  expect(a.model.lookupType("p.X")!.methods.some((m) => m.name === "getV")).toBe(false);
});

test("explicit members win over generated ones", () => {
  const a = analyseSources(`package p;
@lombok.Data class X { private int v; public String getV() { return ""; } void f() { getV(); } }`);
  expect(typeAt(a, "getV()")).toBe("java.lang.String");
});

test("class-level @Getter/@Setter, @Accessors(chain = true), @Builder on a generic class", () => {
  const a = analyseSources(`package p;
import lombok.*;
import lombok.experimental.Accessors;
@Getter @Setter @Accessors(chain = true)
class Cfg { private String host; private final int port = 80; }
@Builder
class Box<T> { private T value; }
class Use { void f(Cfg c) { c.setHost("h").getPort(); c.getHost(); Box.<String>builder().value("v").build(); } }`);
  expect(typeAt(a, 'c.setHost("h")')).toBe("p.Cfg");
  expect(typeAt(a, 'c.setHost("h").getPort()')).toBe("int");
  expect(a.model.lookupType("p.Cfg")!.methods.some((m) => m.name === "setPort")).toBe(false);
  expect(typeAt(a, 'Box.<String>builder().value("v").build()')).toBe("p.Box<java.lang.String>");
});
