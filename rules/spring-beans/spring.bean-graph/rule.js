// @ts-check
// Whole-project rule: builds the bean graph (beans, their injection points, the candidates for each),
// reports what explicit wiring cannot express (ambiguous injection, dependency cycles) and states
// one `bean` fact per bean (and an `application` fact per @SpringBootApplication class) from which
// the back ends generate the constructors and the composition root.

/** @typedef {import("../../../src/parse/ast.js").Node} Node */
/** @typedef {import("../../../src/parse/ast.js").Modifiers} Modifiers */
/** @typedef {import("../../../src/transform/rules/api.js").FactValue} FactValue */
/**
 * @typedef {{ name: string, type: string, primary: boolean, file: string, node: Node, scope: string,
 *   factory?: { bean: Bean, method: string }, init: string[], destroy: string[] }} Bean
 */
/**
 * @typedef {{ bean: Bean, type: string, name: string, qualified: boolean, qualifier?: string, node: Node,
 *   via: "constructor" | "field" | "setter" | "factory", member: string, container?: "list" | "map", value?: string }} InjectionPoint
 */

// @ControllerAdvice is a @Component; @ConfigurationProperties classes are beans once enabled.
const STEREOTYPES = [
  "org.springframework.stereotype.*",
  "org.springframework.web.bind.annotation.RestController",
  "org.springframework.web.bind.annotation.ControllerAdvice",
  "org.springframework.web.bind.annotation.RestControllerAdvice",
  "org.springframework.context.annotation.Configuration",
  "org.springframework.boot.context.properties.ConfigurationProperties",
];
const INJECT = ["org.springframework.beans.factory.annotation.Autowired", "javax.annotation.Resource", "jakarta.annotation.Resource", "javax.inject.Inject", "jakarta.inject.Inject"];
const QUALIFIER = ["org.springframework.beans.factory.annotation.Qualifier", "javax.inject.Named", "jakarta.inject.Named"];
const PRIMARY = "org.springframework.context.annotation.Primary";
const BEAN = "org.springframework.context.annotation.Bean";
const VALUE = "org.springframework.beans.factory.annotation.Value";
const SCOPE = "org.springframework.context.annotation.Scope";
const POST_CONSTRUCT = ["javax.annotation.PostConstruct", "jakarta.annotation.PostConstruct"];
const PRE_DESTROY = ["javax.annotation.PreDestroy", "jakarta.annotation.PreDestroy"];
const APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";
/** Injected collections of beans: every bean of the element type, in declaration order. */
/** @type {Record<string, "list" | "map">} */
const CONTAINERS = { "java.util.List": "list", "java.util.Collection": "list", "java.util.Set": "list", "java.util.Map": "map" };

/** @param {string} s */
const decapitalize = (s) => s.charAt(0).toLowerCase() + s.slice(1);

/** @type {import("../../../src/transform/rules/api.js").RuleModule} */
export default {
  meta: {
    id: "spring.bean-graph",
    title: "Ambiguous injection and bean cycles",
    category: "mandatory",
    effort: 3,
    fix: "manual",
    messages: {
      ambiguous: "{target} needs one {type} but {count} beans qualify ({candidates}) and none is @Primary or chosen by @Qualifier/name: generated wiring must pick one",
      cycle: "Bean dependency cycle {cycle}: New…(deps) constructors cannot express it; break it with an interface, an event or a later setter",
    },
  },
  project(ctx) {
    /** @param {Modifiers | undefined} m @param {string} fqn */
    const qualifierValue = (m, fqn = "") => {
      const a = ctx.findAnnotation(m, ...(fqn ? [fqn] : QUALIFIER));
      const v = a ? ctx.constantValue(a.args.find((x) => x.name === "value" || x.name === "name")?.value) : undefined;
      return typeof v === "string" && v !== "" ? v : undefined;
    };
    /** @param {Modifiers | undefined} m */
    const scopeOf = (m) => {
      const a = ctx.findAnnotation(m, SCOPE);
      const arg = a?.args.find((x) => x.name === "value" || x.name === "scopeName");
      const v = ctx.constantValue(arg?.value);
      // ConfigurableBeanFactory.SCOPE_PROTOTYPE is a library constant the model cannot fold: read its name.
      if (arg && (arg.value.kind === "FieldAccess" || arg.value.kind === "Name") && /** @type {{ name: string }} */ (arg.value).name === "SCOPE_PROTOTYPE") return "prototype";
      return typeof v === "string" && v !== "" ? v : "singleton";
    };
    /** @param {Modifiers} m @param {string} key */
    const beanAttr = (m, key) => {
      const a = ctx.findAnnotation(m, BEAN);
      const v = ctx.constantValue(a?.args.find((x) => x.name === key)?.value);
      return typeof v === "string" && v !== "" ? [v] : [];
    };
    /** @type {InjectionPoint[]} */
    const points = [];
    /**
     * @param {Bean} bean @param {Node} node @param {import("../../../src/parse/ast.js").TypeNode | undefined} type @param {string} name
     * @param {Modifiers} mods @param {InjectionPoint["via"]} via @param {string} member
     */
    const addPoint = (bean, node, type, name, mods, via, member) => {
      // A primitive (an @Value int) is named by its keyword.
      let fqn = type?.kind === "PrimitiveType" ? type.name : type ? ctx.typeFqn(type, bean.file) : undefined;
      if (!fqn || !type) return;
      const valueAnn = ctx.findAnnotation(mods, VALUE);
      const value = valueAnn ? ctx.constantValue(valueAnn.args.find((x) => x.name === "value")?.value) : undefined;
      /** @type {InjectionPoint["container"]} */
      let container;
      const elem = type.kind === "ClassType" ? type.segments.at(-1)?.typeArgs?.at(-1) : undefined;
      const elemFqn = CONTAINERS[fqn] && elem && elem.kind === "ClassType" ? ctx.typeFqn(elem, bean.file) : undefined;
      // Only collections of the project's own types are bean collections; List<String> config is not.
      if (elemFqn && ctx.model.lookupType(elemFqn)?.origin === "source") {
        container = CONTAINERS[fqn];
        fqn = elemFqn;
      }
      const qualifier = qualifierValue(mods);
      points.push({ bean, type: fqn, name, qualified: qualifier !== undefined || !!ctx.findAnnotation(mods, "javax.annotation.Resource", "jakarta.annotation.Resource"), node, via, member, ...(qualifier ? { qualifier } : {}), ...(container ? { container } : {}), ...(typeof value === "string" ? { value } : {}) });
    };
    /** @type {Bean[]} */
    const beans = [];
    /** @type {{ bean: Bean, sym: import("../../../src/semantic/types.js").TypeSymbol }[]} */
    const classes = [];
    for (const sym of ctx.model.sourceTypes()) {
      const decl = sym.decl;
      if (!decl || decl.kind !== "ClassDecl" || !sym.file) continue;
      const stereo = ctx.findAnnotation(decl.modifiers, ...STEREOTYPES);
      if (!stereo) continue;
      const named = ctx.constantValue(stereo.args.find((a) => a.name === "value")?.value);
      /** @param {string[]} annotations @param {string} iface @param {string} method */
      const callbacks = (annotations, iface, method) => [
        ...decl.members.filter((m) => m.kind === "MethodDecl" && ctx.findAnnotation(m.modifiers, ...annotations)).map((m) => /** @type {{ name: string }} */ (m).name),
        ...(ctx.isSubtype(sym.fqn, iface) ? [method] : []),
      ];
      /** @type {Bean} */
      const bean = {
        name: typeof named === "string" && named ? named : decapitalize(sym.name),
        type: sym.fqn,
        primary: !!ctx.findAnnotation(decl.modifiers, PRIMARY),
        file: sym.file,
        node: /** @type {Node} */ (decl),
        scope: scopeOf(decl.modifiers),
        init: callbacks(POST_CONSTRUCT, "org.springframework.beans.factory.InitializingBean", "afterPropertiesSet"),
        destroy: callbacks(PRE_DESTROY, "org.springframework.beans.factory.DisposableBean", "destroy"),
      };
      beans.push(bean);
      classes.push({ bean, sym });
      for (const m of decl.members) {
        if (m.kind !== "MethodDecl" || !ctx.findAnnotation(m.modifiers, BEAN)) continue;
        const type = ctx.typeFqn(m.returnType, sym.file);
        if (!type) continue;
        /** @type {Bean} */
        const made = { name: qualifierValue(m.modifiers, BEAN) ?? m.name, type, primary: !!ctx.findAnnotation(m.modifiers, PRIMARY), file: sym.file, node: m, scope: scopeOf(m.modifiers), factory: { bean, method: m.name }, init: beanAttr(m.modifiers, "initMethod"), destroy: beanAttr(m.modifiers, "destroyMethod") };
        beans.push(made);
        for (const p of m.params) addPoint(made, p, p.type, p.name, p.modifiers, "factory", m.name);
      }
    }

    for (const { bean, sym } of classes) {
      const decl = /** @type {import("../../../src/parse/ast.js").ClassDecl} */ (sym.decl);
      const ctors = decl.members.filter((m) => m.kind === "ConstructorDecl");
      const injecting = ctors.length === 1 ? ctors : ctors.filter((c) => ctx.findAnnotation(c.modifiers, ...INJECT));
      for (const m of decl.members) {
        if (m.kind === "FieldDecl" && ctx.findAnnotation(m.modifiers, ...INJECT, VALUE) && !m.modifiers.flags.includes("final")) for (const d of m.declarators) addPoint(bean, m, m.type, d.name, m.modifiers, "field", d.name);
        if (m.kind === "MethodDecl" && ctx.findAnnotation(m.modifiers, ...INJECT)) for (const p of m.params) addPoint(bean, p, p.type, p.name, p.modifiers, "setter", m.name);
      }
      for (const c of injecting) if (c.kind === "ConstructorDecl") for (const p of c.params) addPoint(bean, p, p.type, p.name, p.modifiers, "constructor", "<init>");
      // Lombok's @RequiredArgsConstructor: the final fields are the constructor's parameters.
      if (ctors.length === 0 && ctx.findAnnotation(decl.modifiers, "lombok.RequiredArgsConstructor", "lombok.AllArgsConstructor")) {
        const all = !!ctx.findAnnotation(decl.modifiers, "lombok.AllArgsConstructor");
        for (const m of decl.members) {
          if (m.kind !== "FieldDecl" || m.modifiers.flags.includes("static") || !(all || m.modifiers.flags.includes("final"))) continue;
          for (const d of m.declarators) if (!d.init) addPoint(bean, m, m.type, d.name, m.modifiers, "constructor", "<init>");
        }
      }
    }
    /** @type {Map<Bean, Set<Bean>>} */
    const edges = new Map(beans.map((b) => [b, new Set()]));
    /** @type {Map<InjectionPoint, Bean[]>} */
    const wired = new Map();
    for (const p of points) {
      if (p.value !== undefined) continue;
      const candidates = beans.filter((b) => ctx.isSubtype(b.type, p.type));
      if (p.container) {
        wired.set(p, candidates);
        for (const b of candidates) edges.get(p.bean)?.add(b);
        continue;
      }
      if (candidates.length === 0) continue;
      let chosen = p.qualifier !== undefined ? candidates.filter((b) => b.name === p.qualifier) : candidates.length === 1 ? candidates : candidates.filter((b) => b.primary);
      if (chosen.length !== 1) chosen = candidates.filter((b) => b.name === p.name);
      if (chosen.length === 1) wired.set(p, chosen);
      if (chosen.length !== 1 && !p.qualified) {
        const names = candidates.map((b) => b.name).sort();
        ctx.report({ node: p.node, file: p.bean.file, messageId: "ambiguous", data: { target: `${p.bean.name}.${p.name}`, type: p.type.slice(p.type.lastIndexOf(".") + 1), count: candidates.length, candidates: names.join(", ") } });
      }
      for (const b of chosen.length === 1 ? chosen : []) edges.get(p.bean)?.add(b);
    }

    // Tarjan's strongly connected components: each component with a cycle is reported once.
    let index = 0;
    /** @type {Map<Bean, { index: number, low: number }>} */
    const state = new Map();
    /** @type {Bean[]} */
    const stack = [];
    /** @param {Bean} v */
    const connect = (v) => {
      const sv = { index, low: index++ };
      state.set(v, sv);
      stack.push(v);
      for (const w of edges.get(v) ?? []) {
        const sw = state.get(w);
        if (!sw) {
          connect(w);
          sv.low = Math.min(sv.low, /** @type {{ low: number }} */ (state.get(w)).low);
        } else if (stack.includes(w)) sv.low = Math.min(sv.low, sw.index);
      }
      if (sv.low !== sv.index) return;
      /** @type {Bean[]} */
      const component = [];
      let w;
      do {
        w = /** @type {Bean} */ (stack.pop());
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) {
        component.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.node.start - b.node.start));
        const first = component[0];
        const cycle = [...component.map((b) => b.name), first.name].join(" → ");
        ctx.report({ node: first.node, file: first.file, messageId: "cycle", effort: 7, data: { cycle } });
      }
    };
    for (const b of beans) if (!state.has(b)) connect(b);

    for (const b of beans) {
      const deps = points.filter((p) => p.bean === b).map((p) => ({
        via: p.via,
        member: p.member,
        name: p.name,
        type: p.type,
        container: p.container ?? null,
        qualifier: p.qualifier ?? null,
        value: p.value ?? null,
        beans: (wired.get(p) ?? []).map((w) => w.name),
      }));
      ctx.fact({
        kind: "bean",
        node: b.node,
        file: b.file,
        data: { name: b.name, type: b.type, scope: b.scope, primary: b.primary, factory: b.factory ? { bean: b.factory.bean.name, method: b.factory.method } : null, init: b.init, destroy: b.destroy, deps },
      });
    }
    for (const sym of ctx.model.sourceTypes()) {
      if (sym.decl?.kind === "ClassDecl" && sym.file && ctx.findAnnotation(sym.decl.modifiers, APPLICATION)) ctx.fact({ kind: "application", node: sym.decl, file: sym.file, data: { type: sym.fqn } });
    }
  },
};
