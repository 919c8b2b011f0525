// One pass over a file's AST with the semantic model: counts the framework signals of its service
// and collects the endpoints the dependency graph is built from (Dubbo interfaces provided and
// referenced, Feign clients, HTTP hosts, MQ topics sent and listened to, tables used).

import type { Annotation, CompilationUnit, ElementValue, Expr, Node, TypeDecl } from "../parse/ast.js";
import type { SemanticModel } from "../semantic/index.js";
import type { FrameworkSignals } from "../report/model.js";
import { sqlTables } from "./service-files.js";

export interface Endpoint {
  /** The Dubbo interface FQN, Feign name, host, topic or table (lower-cased). */
  key: string;
  file: string;
  line: number;
}

export interface Endpoints {
  dubboProvides: Endpoint[];
  dubboReferences: Endpoint[];
  feign: Endpoint[];
  http: Endpoint[];
  topicsOut: Endpoint[];
  topicsIn: Endpoint[];
  tables: Endpoint[];
}

export function emptySignals(): FrameworkSignals {
  return {
    springBeans: 0,
    dubboServices: 0,
    dubboReferences: 0,
    feignClients: 0,
    httpClientCalls: 0,
    mqListeners: 0,
    mqSends: 0,
    transactional: 0,
    globalTransactional: 0,
    executors: 0,
    scheduled: 0,
    lombok: 0,
    mappers: 0,
    entities: 0,
  };
}

export function emptyEndpoints(): Endpoints {
  return { dubboProvides: [], dubboReferences: [], feign: [], http: [], topicsOut: [], topicsIn: [], tables: [] };
}

const SPRING_BEANS = [
  "org.springframework.stereotype.Component",
  "org.springframework.stereotype.Service",
  "org.springframework.stereotype.Repository",
  "org.springframework.stereotype.Controller",
  "org.springframework.web.bind.annotation.RestController",
  "org.springframework.web.bind.annotation.ControllerAdvice",
  "org.springframework.web.bind.annotation.RestControllerAdvice",
  "org.springframework.context.annotation.Configuration",
  "org.springframework.context.annotation.Bean",
];
const DUBBO_SERVICE = ["org.apache.dubbo.config.annotation.DubboService", "org.apache.dubbo.config.annotation.Service", "com.alibaba.dubbo.config.annotation.Service"];
const DUBBO_REFERENCE = ["org.apache.dubbo.config.annotation.DubboReference", "org.apache.dubbo.config.annotation.Reference", "com.alibaba.dubbo.config.annotation.Reference"];
const FEIGN = ["org.springframework.cloud.openfeign.FeignClient", "org.springframework.cloud.netflix.feign.FeignClient"];
const KAFKA_LISTENER = ["org.springframework.kafka.annotation.KafkaListener"];
const ROCKETMQ_LISTENER = ["org.apache.rocketmq.spring.annotation.RocketMQMessageListener"];
const OTHER_LISTENERS = ["org.springframework.amqp.rabbit.annotation.RabbitListener", "org.springframework.jms.annotation.JmsListener"];
const TRANSACTIONAL = ["org.springframework.transaction.annotation.Transactional", "javax.transaction.Transactional", "jakarta.transaction.Transactional"];
const GLOBAL_TRANSACTIONAL = ["io.seata.spring.annotation.GlobalTransactional", "org.apache.seata.spring.annotation.GlobalTransactional"];
const SCHEDULED = ["org.springframework.scheduling.annotation.Scheduled"];
const MAPPER = ["org.apache.ibatis.annotations.Mapper"];
const ENTITY = ["javax.persistence.Entity", "jakarta.persistence.Entity"];
const TABLE = ["javax.persistence.Table", "jakarta.persistence.Table"];
const TABLE_NAME = ["com.baomidou.mybatisplus.annotation.TableName"];
const SQL = ["Select", "Insert", "Update", "Delete"].map((n) => `org.apache.ibatis.annotations.${n}`);
/** Unqualified names that mean the same thing in Spring and Dubbo: only a resolved FQN decides. */
const AMBIGUOUS = new Set(["Service", "Reference", "Table", "Entity", "Transactional"]);

const EXECUTOR_CLASSES = new Set([
  "java.util.concurrent.ThreadPoolExecutor",
  "java.util.concurrent.ScheduledThreadPoolExecutor",
  "java.util.concurrent.ForkJoinPool",
  "org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor",
  "org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler",
]);
const MQ_SEND = /^(send|asyncSend|syncSend|sendOneWay|convertAndSend|syncSendOrderly|asyncSendOrderly|sendOneWayOrderly|syncSendDelayTimeSeconds|syncSendDelayTimeMills|sendMessageInTransaction|sendAndReceive|sendDefault)$/;
const HTTP_CALL = /^(getForObject|getForEntity|postForObject|postForEntity|postForLocation|put|patchForObject|delete|exchange|execute|headForHeaders|optionsForAllow|uri|baseUrl|create)$/;
const HOST = /^https?:\/\/([^/:?#\s]+)/i;

function typeFqnOf(model: SemanticModel, e: Expr | undefined): string | undefined {
  if (!e) return undefined;
  const t = model.typeOf(e);
  return t.kind === "class" ? t.fqn : undefined;
}

/** The receiver's declared type, or failing that (untyped receiver) its name as written. */
function receiverMatches(model: SemanticModel, target: Expr | undefined, types: RegExp, names: RegExp): boolean {
  const fqn = typeFqnOf(model, target);
  if (fqn) return types.test(fqn);
  return target?.kind === "Name" ? names.test(target.name) : target?.kind === "FieldAccess" ? names.test(target.name) : false;
}

/** Scans one parsed file; adds to the service's signals and endpoints. */
export function scanFile(model: SemanticModel, file: string, unit: CompilationUnit, signals: FrameworkSignals, ep: Endpoints): void {
  const enclosing: TypeDecl[] = [];

  const fqnOf = (a: Annotation): string => model.annotationFqn(a) ?? a.name;
  const is = (a: Annotation, fqns: string[]): boolean => {
    const fqn = fqnOf(a);
    if (fqns.includes(fqn)) return true;
    // An annotation the resolver could not place (no import): its simple name decides, unless it is ambiguous.
    return !fqn.includes(".") && !AMBIGUOUS.has(fqn) && fqns.some((f) => f.endsWith(`.${fqn}`));
  };
  const arg = (a: Annotation, ...names: string[]): ElementValue | undefined => names.map((n) => a.args.find((x) => x.name === n)?.value).find(Boolean);

  /** A compile-time string: literals, `+`, and constants (resolved, or looked up in the enclosing classes). */
  const constant = (e: ElementValue | undefined): string | undefined => {
    if (!e) return undefined;
    switch (e.kind) {
      case "Literal":
        return e.value === null ? undefined : String(e.value);
      case "Binary": {
        if (e.op !== "+") return undefined;
        const l = constant(e.left);
        const r = constant(e.right);
        return l !== undefined && r !== undefined ? l + r : undefined;
      }
      case "Name":
      case "FieldAccess": {
        const ref = model.symbolOf(e);
        if (ref?.kind === "field") return ref.field.constValue === undefined ? undefined : String(ref.field.constValue);
        // Annotation arguments are not attributed: look the name up among the enclosing classes' constants.
        for (let i = enclosing.length - 1; i >= 0; i--) {
          const sym = model.declaredType(enclosing[i]!);
          const f = sym?.fields.find((x) => x.name === e.name && x.constValue !== undefined);
          if (f) return String(f.constValue);
        }
        return undefined;
      }
      default:
        return undefined;
    }
  };
  /** Every string of a value that may be one string or an array of them (`topics = {"a", "b"}`). */
  const strings = (e: ElementValue | undefined): string[] => {
    if (e?.kind === "ElementArray") return e.elements.flatMap(strings);
    const s = constant(e);
    return s === undefined ? [] : [s];
  };
  const at = (n: Node, key: string): Endpoint => ({ key, file, line: n.line });

  const onAnnotation = (a: Annotation, owner: Node): void => {
    const fqn = fqnOf(a);
    if (fqn.startsWith("lombok.")) signals.lombok++;
    if (is(a, SPRING_BEANS)) signals.springBeans++;
    if (is(a, TRANSACTIONAL)) signals.transactional++;
    if (is(a, GLOBAL_TRANSACTIONAL)) signals.globalTransactional++;
    if (is(a, SCHEDULED)) signals.scheduled++;
    if (is(a, MAPPER)) signals.mappers++;
    if (is(a, DUBBO_SERVICE)) {
      signals.dubboServices++;
      const sym = model.declaredType(owner);
      const explicit = constant(arg(a, "interfaceName"));
      const ifaces = explicit ? [explicit] : (sym?.interfaces ?? []).flatMap((t) => (t.kind === "class" ? [model.lookupType(t.fqn)?.declaredFqn ?? t.fqn] : []));
      for (const i of ifaces) ep.dubboProvides.push(at(a, i));
    }
    if (is(a, DUBBO_REFERENCE) && owner.kind === "FieldDecl") {
      signals.dubboReferences++;
      const t = model.resolveTypeNode(owner.type, file);
      if (t.kind === "class") ep.dubboReferences.push(at(a, model.lookupType(t.fqn)?.declaredFqn ?? t.fqn));
    }
    if (is(a, FEIGN)) {
      signals.feignClients++;
      const name = constant(arg(a, "name", "value", "serviceId"));
      const host = HOST.exec(constant(arg(a, "url")) ?? "")?.[1];
      if (name || host) ep.feign.push(at(a, (name || host)!));
      if (host && name && host !== name) ep.http.push(at(a, host));
    }
    if (is(a, KAFKA_LISTENER)) {
      signals.mqListeners++;
      for (const t of strings(arg(a, "topics", "value"))) ep.topicsIn.push(at(a, t));
    } else if (is(a, ROCKETMQ_LISTENER)) {
      signals.mqListeners++;
      for (const t of strings(arg(a, "topic"))) ep.topicsIn.push(at(a, t));
    } else if (is(a, OTHER_LISTENERS)) signals.mqListeners++;
    if (is(a, TABLE_NAME)) for (const t of strings(arg(a, "value"))) ep.tables.push(at(a, t.toLowerCase()));
    if (is(a, TABLE)) for (const t of strings(arg(a, "name"))) ep.tables.push(at(a, t.toLowerCase()));
    if (is(a, SQL)) for (const t of sqlTables(strings(arg(a, "value")).join(" "))) ep.tables.push(at(a, t));
  };

  const onTypeDecl = (d: TypeDecl): void => {
    const anns = d.modifiers.annotations;
    const entity = anns.find((a) => is(a, ENTITY));
    if (entity || anns.some((a) => is(a, TABLE_NAME))) signals.entities++;
    // A JPA entity without @Table maps to a table named after the entity.
    if (entity && !anns.some((a) => is(a, TABLE))) ep.tables.push(at(entity, (constant(arg(entity, "name")) ?? d.name).toLowerCase()));
    if (d.kind === "InterfaceDecl" && !anns.some((a) => is(a, MAPPER))) {
      const sym = model.declaredType(d);
      if (sym?.interfaces.some((t) => t.kind === "class" && t.fqn === "com.baomidou.mybatisplus.core.mapper.BaseMapper")) signals.mappers++;
    }
  };

  const onCall = (n: Node): void => {
    if (n.kind === "NewExpr") {
      const fqn = typeFqnOf(model, n);
      if (fqn && EXECUTOR_CLASSES.has(fqn)) signals.executors++;
      return;
    }
    if (n.kind !== "MethodCall") return;
    if (n.target?.kind === "Name" && n.target.name === "Executors" && n.name.startsWith("new")) signals.executors++;
    if (MQ_SEND.test(n.name)) {
      const kafka = receiverMatches(model, n.target, /KafkaTemplate$/, /kafkaTemplate/i);
      const rocket = !kafka && receiverMatches(model, n.target, /RocketMQTemplate$/, /rocketMQTemplate|rocketTemplate/i);
      if (kafka || rocket) {
        signals.mqSends++;
        const dest = constant(n.args[0]);
        // RocketMQ destinations are `topic:tag`.
        if (dest) ep.topicsOut.push(at(n, rocket ? dest.split(":")[0]! : dest));
      }
    }
    if (HTTP_CALL.test(n.name) && receiverMatches(model, n.target, /(RestTemplate|WebClient|RestClient)(\.\w+)*$/, /restTemplate|webClient|restClient|^WebClient$/i)) {
      signals.httpClientCalls++;
      for (const a of n.args) {
        const host = HOST.exec(constant(a) ?? "")?.[1];
        if (host) ep.http.push(at(n, host));
      }
    }
  };

  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!value || typeof value !== "object" || !("kind" in value)) return;
    const n = value as Node;
    const isType = n.kind === "ClassDecl" || n.kind === "InterfaceDecl" || n.kind === "EnumDecl" || n.kind === "RecordDecl" || n.kind === "AnnotationTypeDecl";
    if (isType) {
      enclosing.push(n);
      onTypeDecl(n);
    }
    if ("modifiers" in n && n.modifiers) for (const a of n.modifiers.annotations) onAnnotation(a, n);
    onCall(n);
    // for…in, not Object.entries: this runs on every node of the project.
    for (const key in n) if (key !== "modifiers") visit((n as unknown as Record<string, unknown>)[key]);
    if (isType) enclosing.pop();
  };
  visit(unit.types);
}
