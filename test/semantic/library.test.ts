// The bundled third-party stubs: the generated module matches the .java sources, every stub
// declares cleanly, and calls on SLF4J, Spring, MyBatis-Plus, Dubbo, Jackson and HikariCP
// types are typed while the rest of a third-party package stays opaque.

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parseJava } from "../../src/parse/index.js";
import { analyze } from "../../src/semantic/index.js";
import { Library, libraryTypeNames } from "../../src/semantic/library/index.js";
import { TypeRegistry } from "../../src/semantic/registry.js";
import { loadJdkModel } from "../../src/semantic/jdk/index.js";
import { analyseSources, inMethod, typeAt } from "./helpers.js";

const LIBRARY_DIR = new URL("../../src/semantic/library/", import.meta.url).pathname;

/** The text of src/semantic/library/stubs.ts as generated from the .java stubs. */
function renderStubs(): string {
  const files = readdirSync(LIBRARY_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".java"))
    .map((f) => f.replace(/\\/g, "/"))
    .sort();
  const entries = files.map((f) => `  ${JSON.stringify(f.slice(0, -".java".length).replace(/\//g, "."))}: ${JSON.stringify(readFileSync(join(LIBRARY_DIR, f), "utf8"))},`);
  return [
    "// Generated from the .java stubs in this folder (see README.md); do not edit by hand:",
    "// UPDATE_LIBRARY_STUBS=1 npx vitest run test/semantic/library.test.ts",
    "",
    "/** Stub source text by canonical name of its top-level type. */",
    "export const LIBRARY_STUBS: Record<string, string> = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}

test("stubs.ts is generated from the .java stubs", () => {
  const path = join(LIBRARY_DIR, "stubs.ts");
  const expected = renderStubs();
  if (process.env.UPDATE_LIBRARY_STUBS) writeFileSync(path, expected);
  expect(readFileSync(path, "utf8")).toBe(expected);
});

test("every stub parses and declares without diagnostics", () => {
  const registry = new TypeRegistry(loadJdkModel());
  const library = new Library(registry);
  registry.libraryProvider = library;
  for (const fqn of libraryTypeNames()) {
    const sym = registry.lookup(fqn);
    expect(sym?.origin, fqn).toBe("library");
    expect(sym?.file).toBe(`<library>/${fqn.replace(/\./g, "/")}.java`);
    for (const m of sym!.methods) expect(m.origin).toBe("library");
  }
  expect(library.diagnostics).toEqual([]);
});

test("stubs are declared only when referenced", () => {
  const a = analyseSources(`class A { int f() { return 1; } }`);
  expect(a.model.lookupType("java.lang.String")?.origin).toBe("jdk");
  const b = analyze([{ file: "A.java", unit: parseJava("import org.slf4j.Logger; class A { Logger log; }", "A.java").unit }]);
  expect(b.lookupType("org.slf4j.Logger")?.origin).toBe("library");
  const c = analyze([{ file: "A.java", unit: parseJava("import org.slf4j.Logger; class A { Logger log; }", "A.java").unit }], { library: false });
  expect(c.lookupType("org.slf4j.Logger")?.origin).toBe("opaque");
});

test("SLF4J: LoggerFactory, Logger calls and Lombok @Slf4j", () => {
  const a = analyseSources({
    "p/A.java": `package p;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
class A {
  private static final Logger LOG = LoggerFactory.getLogger(A.class);
  void f(Exception e, int n) {
    LOG.info("n={}", n);
    LOG.warn("a {} b {}", n, "x");
    LOG.error("a {} b {} c {}", n, n, e);
    LOG.error("failed", e);
    if (LOG.isDebugEnabled()) LOG.debug("d");
    LOG.trace("t {}", n);
  }
}`,
    "p/B.java": `package p;
@lombok.extern.slf4j.Slf4j
class B { void g() { log.info("hi {}", 1); } }`,
  });
  expect(a.model.stats.typedExpressions).toBe(a.model.stats.expressions);
  expect(typeAt(a, "LoggerFactory.getLogger(A.class)")).toBe("org.slf4j.Logger");
  expect(typeAt(a, "LOG.isDebugEnabled()")).toBe("boolean");
  expect(typeAt(a, 'log.info("hi {}", 1)')).toBe("void");
  expect(a.model.diagnostics).toEqual([]);
});

test("Spring: ResponseEntity builders, HttpStatus, SpringApplication, StringUtils, CollectionUtils", () => {
  const a = analyseSources(
    inMethod(
      `ResponseEntity<String> r1 = ResponseEntity.ok("x");
ResponseEntity<Void> r2 = ResponseEntity.notFound().build();
ResponseEntity<Map<String, String>> r3 = ResponseEntity.badRequest().body(Map.of("e", "m"));
ResponseEntity<Integer> r4 = ResponseEntity.status(HttpStatus.CREATED).body(1);
int code = HttpStatus.NOT_FOUND.value();
String body = r1.getBody();
boolean t = StringUtils.hasText(body) && CollectionUtils.isEmpty(List.of());
ConfigurableApplicationContext ctx = SpringApplication.run(Object.class, new String[0]);`,
      {
        imports: "import org.springframework.http.ResponseEntity; import org.springframework.http.HttpStatus; import org.springframework.boot.SpringApplication; import org.springframework.context.ConfigurableApplicationContext; import org.springframework.util.StringUtils; import org.springframework.util.CollectionUtils;",
      },
    ),
  );
  expect(typeAt(a, 'ResponseEntity.ok("x")')).toBe("org.springframework.http.ResponseEntity<java.lang.String>");
  expect(typeAt(a, "ResponseEntity.notFound().build()")).toBe("org.springframework.http.ResponseEntity<java.lang.Void>");
  expect(typeAt(a, "ResponseEntity.status(HttpStatus.CREATED).body(1)")).toBe("org.springframework.http.ResponseEntity<java.lang.Integer>");
  expect(typeAt(a, "HttpStatus.NOT_FOUND.value()")).toBe("int");
  expect(typeAt(a, "r1.getBody()")).toBe("java.lang.String");
  expect(typeAt(a, "SpringApplication.run(Object.class, new String[0])")).toBe("org.springframework.context.ConfigurableApplicationContext");
  expect(a.model.stats.typedExpressions).toBe(a.model.stats.expressions);
  expect(a.model.diagnostics).toEqual([]);
});

test("MyBatis-Plus: BaseMapper CRUD and LambdaQueryWrapper with getter references", () => {
  const a = analyseSources({
    "p/User.java": `package p; public class User { Long id; String name; public String getName() { return name; } public Long getId() { return id; } }`,
    "p/UserMapper.java": `package p;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
public interface UserMapper extends BaseMapper<User> {}`,
    "p/S.java": `package p;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.util.List;
class S {
  UserMapper m;
  void f(User u) {
    int n = m.insert(u) + m.updateById(u) + m.deleteById(1L);
    User one = m.selectById(1L);
    List<User> all = m.selectList(new LambdaQueryWrapper<User>().eq(User::getName, "a").in(User::getId, List.of(1L)).orderByDesc(User::getId).last("limit 1"));
    Long c = m.selectCount(new QueryWrapper<User>().eq("name", "a"));
  }
}`,
  });
  expect(typeAt(a, "m.selectById(1L)")).toBe("p.User");
  expect(typeAt(a, 'new LambdaQueryWrapper<User>().eq(User::getName, "a")')).toBe("com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<p.User>");
  expect(typeAt(a, 'm.selectCount(new QueryWrapper<User>().eq("name", "a"))')).toBe("java.lang.Long");
  expect(a.model.stats.typedExpressions).toBe(a.model.stats.expressions);
  expect(a.model.diagnostics).toEqual([]);
});

test("Dubbo RpcContext, Jackson ObjectMapper, HikariCP", () => {
  const a = analyseSources(
    inMethod(
      `String tenant = RpcContext.getServerAttachment().getAttachment("tenant");
RpcContext.getContext().setAttachment("k", "v");
ObjectMapper om = new ObjectMapper();
String json = om.writeValueAsString(List.of(1));
List<Integer> back = om.readValue(json, new TypeReference<List<Integer>>() {});
Integer one = om.readValue("1", Integer.class);
HikariConfig cfg = new HikariConfig();
cfg.setJdbcUrl("jdbc:x");
cfg.setMaximumPoolSize(4);
HikariDataSource ds = new HikariDataSource(cfg);`,
      {
        imports: "import org.apache.dubbo.rpc.RpcContext; import com.fasterxml.jackson.databind.ObjectMapper; import com.fasterxml.jackson.core.type.TypeReference; import com.zaxxer.hikari.HikariConfig; import com.zaxxer.hikari.HikariDataSource;",
      },
    ),
  );
  expect(typeAt(a, 'RpcContext.getServerAttachment().getAttachment("tenant")')).toBe("java.lang.String");
  expect(typeAt(a, "om.readValue(json, new TypeReference<List<Integer>>() {})")).toBe("java.util.List<java.lang.Integer>");
  expect(typeAt(a, 'om.readValue("1", Integer.class)')).toBe("java.lang.Integer");
  expect(a.model.stats.typedExpressions).toBe(a.model.stats.expressions);
  expect(a.model.diagnostics).toEqual([]);
});

test("types of a stubbed package that the stubs do not declare stay opaque, without warnings", () => {
  const a = analyseSources(
    inMethod(`RequestEntity<String> r = null; HttpStatus s = HttpStatus.OK;`, { imports: "import org.springframework.http.*;" }),
  );
  expect(a.model.lookupType("org.springframework.http.RequestEntity")?.origin).toBe("opaque");
  expect(a.model.lookupType("org.springframework.http.HttpStatus")?.origin).toBe("library");
  expect(a.model.diagnostics).toEqual([]);
});

test("a member the stubs do not declare is untyped and not reported", () => {
  const a = analyseSources(inMethod(`Logger log = null; log.atInfo(); int n = HttpStatus.I_AM_A_TEAPOT.value();`, { imports: "import org.slf4j.Logger; import org.springframework.http.HttpStatus;" }));
  expect(typeAt(a, "log.atInfo()")).toBe("?unknown");
  expect(a.model.diagnostics).toEqual([]);
});

test("JUnit 5 and 4 assertions and Mockito stubbing, imported statically as test classes do", () => {
  const a = analyseSources({
    "p/Repo.java": `package p;
interface Repo { String find(long id); void save(String s); }`,
    "p/RepoTest.java": `package p;
import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.*;
import org.mockito.ArgumentCaptor;
class RepoTest {
  void t() {
    Repo repo = mock(Repo.class);
    when(repo.find(anyLong())).thenReturn("张三").thenThrow(new IllegalStateException());
    doThrow(new RuntimeException("x")).when(repo).save(eq("a"));
    assertEquals("张三", repo.find(1L));
    assertEquals(2, "ab".length(), "length");
    assertTrue(repo.find(2L).isEmpty(), () -> "empty");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> repo.find(3L));
    assertNotNull(e.getMessage());
    verify(repo, times(3)).find(anyLong());
    verify(repo, never()).save(any());
    ArgumentCaptor<String> c = ArgumentCaptor.forClass(String.class);
    verify(repo).save(c.capture());
    String saved = c.getValue();
    org.junit.Assert.assertEquals("msg", 1L, 1L);
  }
}`,
  });
  expect(a.model.stats.typedExpressions).toBe(a.model.stats.expressions);
  expect(typeAt(a, "mock(Repo.class)")).toBe("p.Repo");
  expect(typeAt(a, "when(repo.find(anyLong()))")).toBe("org.mockito.stubbing.OngoingStubbing<java.lang.String>");
  expect(typeAt(a, 'doThrow(new RuntimeException("x")).when(repo)')).toBe("p.Repo");
  expect(typeAt(a, 'assertEquals(2, "ab".length(), "length")')).toBe("void");
  expect(typeAt(a, "assertThrows(IllegalStateException.class, () -> repo.find(3L))")).toBe("java.lang.IllegalStateException");
  expect(typeAt(a, "verify(repo, times(3))")).toBe("p.Repo");
  expect(typeAt(a, "ArgumentCaptor.forClass(String.class)")).toBe("org.mockito.ArgumentCaptor<java.lang.String>");
  expect(a.model.diagnostics).toEqual([]);
});
