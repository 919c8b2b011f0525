// @ts-check
// Whole-project rule: builds the bean graph (beans, their injection points, the candidates for each)
// and reports what explicit wiring cannot express: ambiguous injection and dependency cycles.

/** @typedef {import("../../../src/parse/ast.js").Node} Node */
/** @typedef {import("../../../src/parse/ast.js").Modifiers} Modifiers */
/** @typedef {{ name: string, type: string, primary: boolean, file: string, node: Node }} Bean */
/** @typedef {{ bean: Bean, type: string, name: string, qualified: boolean, node: Node }} InjectionPoint */

const STEREOTYPES = ["org.springframework.stereotype.*", "org.springframework.web.bind.annotation.RestController", "org.springframework.context.annotation.Configuration"];
const INJECT = ["org.springframework.beans.factory.annotation.Autowired", "javax.annotation.Resource", "jakarta.annotation.Resource", "javax.inject.Inject", "jakarta.inject.Inject"];
const QUALIFIER = ["org.springframework.beans.factory.annotation.Qualifier", "javax.inject.Named", "jakarta.inject.Named"];
const PRIMARY = "org.springframework.context.annotation.Primary";
const BEAN = "org.springframework.context.annotation.Bean";

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
      const bean = { name: typeof named === "string" && named ? named : decapitalize(sym.name), type: sym.fqn, primary: !!ctx.findAnnotation(decl.modifiers, PRIMARY), file: sym.file, node: /** @type {Node} */ (decl) };
      beans.push(bean);
      classes.push({ bean, sym });
      for (const m of decl.members) {
        if (m.kind !== "MethodDecl" || !ctx.findAnnotation(m.modifiers, BEAN)) continue;
        const type = ctx.typeFqn(m.returnType, sym.file);
        if (type) beans.push({ name: qualifierValue(m.modifiers, BEAN) ?? m.name, type, primary: !!ctx.findAnnotation(m.modifiers, PRIMARY), file: sym.file, node: m });
      }
    }

    /** @type {InjectionPoint[]} */
    const points = [];
    for (const { bean, sym } of classes) {
      const decl = /** @type {import("../../../src/parse/ast.js").ClassDecl} */ (sym.decl);
      /** @param {Node} node @param {import("../../../src/parse/ast.js").TypeNode | undefined} type @param {string} name @param {Modifiers} mods */
      const add = (node, type, name, mods) => {
        const fqn = type ? ctx.typeFqn(type, bean.file) : undefined;
        if (fqn) points.push({ bean, type: fqn, name, qualified: qualifierValue(mods) !== undefined || !!ctx.findAnnotation(mods, "javax.annotation.Resource", "jakarta.annotation.Resource"), node });
      };
      const ctors = decl.members.filter((m) => m.kind === "ConstructorDecl");
      const injecting = ctors.length === 1 ? ctors : ctors.filter((c) => ctx.findAnnotation(c.modifiers, ...INJECT));
      for (const m of decl.members) {
        if (m.kind === "FieldDecl" && ctx.findAnnotation(m.modifiers, ...INJECT)) for (const d of m.declarators) add(m, m.type, d.name, m.modifiers);
        if (m.kind === "MethodDecl" && ctx.findAnnotation(m.modifiers, ...INJECT)) for (const p of m.params) add(p, p.type, p.name, p.modifiers);
      }
      for (const c of injecting) if (c.kind === "ConstructorDecl") for (const p of c.params) add(p, p.type, p.name, p.modifiers);
      // Lombok's @RequiredArgsConstructor: the final fields are the constructor's parameters.
      if (ctors.length === 0 && ctx.findAnnotation(decl.modifiers, "lombok.RequiredArgsConstructor", "lombok.AllArgsConstructor")) {
        for (const m of decl.members) {
          if (m.kind === "FieldDecl" && !m.modifiers.flags.includes("static") && m.modifiers.flags.includes("final")) for (const d of m.declarators) if (!d.init) add(m, m.type, d.name, m.modifiers);
        }
      }
    }

    /** @type {Map<Bean, Set<Bean>>} */
    const edges = new Map(beans.map((b) => [b, new Set()]));
    for (const p of points) {
      const candidates = beans.filter((b) => ctx.isSubtype(b.type, p.type));
      if (candidates.length === 0) continue;
      let chosen = candidates.length === 1 ? candidates : candidates.filter((b) => b.primary);
      if (chosen.length !== 1) chosen = candidates.filter((b) => b.name === p.name);
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
        component.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.node.loc.start - b.node.loc.start));
        const first = component[0];
        const cycle = [...component.map((b) => b.name), first.name].join(" → ");
        ctx.report({ node: first.node, file: first.file, messageId: "cycle", effort: 7, data: { cycle } });
      }
    };
    for (const b of beans) if (!state.has(b)) connect(b);
  },
};
