// Java's Throwable hierarchy as JS classes, so translated try/catch can use instanceof and JS stack traces still work.
import { writeErr } from "./io.js";

const JAVA_NAMES = new WeakMap<object, string>();
/** Records the Java class name a (user) Throwable subclass prints as. */
export function setJavaName(cls: abstract new (...args: never[]) => Throwable, name: string): void {
  JAVA_NAMES.set(cls, name);
}

/**
 * Root of the hierarchy. Extends the JS `Error` so engines record a stack; Java's API sits on top.
 * Each subclass is registered with its Java name (see setJavaName) for toString().
 */
export class Throwable extends Error {
  /**
   * Fully qualified Java class name used by toString(). Runtime classes are registered below;
   * a user subclass prints its JS class name unless the emitter calls setJavaName(Cls, "pkg.Cls").
   */
  get javaName(): string {
    return JAVA_NAMES.get(this.constructor) ?? this.constructor.name;
  }
  // `$` names: a translated subclass may declare Java fields called detailMessage, cause, …
  private $detailMessage: string | null;
  private $cause: Throwable | null = null;
  private $causeSet = false;
  private readonly $suppressed: Throwable[] = [];

  constructor(message?: string | null | Throwable, cause?: Throwable | null) {
    // Java's Throwable(Throwable cause) uses cause.toString() as the message.
    const msg =
      message instanceof Throwable ? message.toString() : message === undefined ? null : message;
    super(msg ?? "");
    this.$detailMessage = msg;
    if (message instanceof Throwable) this.initCause(message);
    else if (cause !== undefined) this.initCause(cause);
    // Keep `name` readable in JS stack traces.
    Object.defineProperty(this, "name", { value: this.javaName, configurable: true, writable: true });
  }

  // Throwable's constructors for translated subclasses with several constructors: the object is
  // made with `new Sub()`, then a `$init…` method per Java constructor runs and ends in one of these.
  $init$(): this {
    return this;
  }
  $init$String(message: string | null): this {
    this.$detailMessage = message;
    return this;
  }
  $init$String$Throwable(message: string | null, cause: Throwable | null): this {
    this.$detailMessage = message;
    return this.initCause(cause);
  }
  $init$Throwable(cause: Throwable | null): this {
    this.$detailMessage = cause === null ? null : cause.toString();
    return this.initCause(cause);
  }
  $init$String$Throwable$boolean$boolean(message: string | null, cause: Throwable | null, _enableSuppression: boolean, _writableStackTrace: boolean): this {
    return this.$init$String$Throwable(message, cause);
  }

  getMessage(): string | null {
    return this.$detailMessage;
  }
  getLocalizedMessage(): string | null {
    return this.getMessage();
  }
  getCause(): Throwable | null {
    return this.$cause;
  }
  initCause(cause: Throwable | null): this {
    if (this.$causeSet) throw new IllegalStateException("Can't overwrite cause with " + String(cause), this);
    if (cause === this) throw new IllegalArgumentException("Self-causation not permitted", this);
    this.$cause = cause;
    this.$causeSet = true;
    return this;
  }
  addSuppressed(t: Throwable): void {
    if (t === this) throw new IllegalArgumentException("Self-suppression not permitted", t);
    if (t === null || t === undefined) throw new NullPointerException("Cannot suppress a null exception.");
    this.$suppressed.push(t);
  }
  getSuppressed(): Throwable[] {
    return this.$suppressed.slice();
  }
  override toString(): string {
    const m = this.getLocalizedMessage();
    return m !== null ? `${this.javaName}: ${m}` : this.javaName;
  }
  /** Java-like trace: the toString() line, JS frames as "\tat ...", then causes. */
  /** To System.err, or to the PrintStream given (a PrintWriter has no runtime class, so no value of it exists). */
  printStackTrace(out?: unknown): void {
    const stream = out as { print?: (x: unknown) => void } | undefined;
    if (stream?.print) stream.print(this.stackTraceText());
    else writeErr(this.stackTraceText());
  }
  getStackTrace(): StackTraceElement[] {
    return javaFrames(this);
  }
  fillInStackTrace(): this {
    return this;
  }
  stackTraceText(): string {
    let out = this.toString() + "\n" + jsFrames(this);
    for (const s of this.$suppressed) out += "\tSuppressed: " + s.stackTraceText().replace(/\n(?=.)/g, "\n\t");
    const c = this.getCause();
    if (c !== null) out += "Caused by: " + c.stackTraceText();
    return out;
  }
}

/**
 * java.lang.StackTraceElement from a JS frame: the class is the TS class name (a nested class's
 * binary name, without the package), the method its Java name; the Java file and line are not
 * known at run time, so they are null and -1 as for a frame without debug information.
 */
export class StackTraceElement {
  constructor(
    private readonly className: string,
    private readonly methodName: string,
  ) {}
  getClassName(): string {
    return this.className;
  }
  getMethodName(): string {
    return this.methodName;
  }
  getFileName(): string | null {
    return null;
  }
  getLineNumber(): number {
    return -1;
  }
  toString(): string {
    return `${this.className}.${this.methodName}(Unknown Source)`;
  }
}

/** The translated code's frames of a JS stack: runtime frames and the throwable's own constructors are left out, as Java leaves out its <init> frames. */
function javaFrames(e: Error): StackTraceElement[] {
  const out: StackTraceElement[] = [];
  for (const line of (e.stack ?? "").split("\n")) {
    const m = /^\s+at (?:async )?(new )?([^\s(]+)(?: \[as [^\]]+\])? \((.*)\)$/.exec(line);
    if (!m || /\/jrtx?\/|^node:/.test(m[3]!)) continue;
    if (m[1] && !out.length) continue;
    const fn = m[2]!;
    const dot = fn.lastIndexOf(".");
    const cls = m[1] ? fn : dot < 0 ? "" : fn.slice(0, dot);
    let method = m[1] ? "<init>" : fn.slice(dot + 1);
    // Overloads are named `m$int$String`: the Java name is before the first `$`.
    if (method.indexOf("$") > 0) method = method.slice(0, method.indexOf("$"));
    out.push(new StackTraceElement(cls === "Function" || cls === "Object" ? "" : cls, method));
  }
  return out;
}

function jsFrames(e: Error): string {
  const lines = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
  return lines.map((l) => "\t" + l.trim() + "\n").join("");
}

export class Exception extends Throwable {}
/** java.lang.Error, renamed so it does not shadow the JS global `Error`. */
export class JError extends Throwable {}
export class RuntimeException extends Exception {}
export class IllegalArgumentException extends RuntimeException {}
export class NumberFormatException extends IllegalArgumentException {}
export class IllegalStateException extends RuntimeException {}
export class NullPointerException extends RuntimeException {}
export class ArithmeticException extends RuntimeException {}
export class IndexOutOfBoundsException extends RuntimeException {}
export class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {}
export class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {}
export class ClassCastException extends RuntimeException {}
export class UnsupportedOperationException extends RuntimeException {}
export class NegativeArraySizeException extends RuntimeException {}
export class ArrayStoreException extends RuntimeException {}
export class CloneNotSupportedException extends Exception {}
export class InterruptedException extends Exception {}
export class ReflectiveOperationException extends Exception {}
export class ClassNotFoundException extends ReflectiveOperationException {}
export class NoSuchElementException extends RuntimeException {}
export class InputMismatchException extends NoSuchElementException {}
export class EmptyStackException extends RuntimeException {}
export class ConcurrentModificationException extends RuntimeException {}
export class IllegalFormatException extends IllegalArgumentException {}
export class UnknownFormatConversionException extends IllegalFormatException {
  constructor(conversion: string) {
    super(`Conversion = '${conversion}'`);
  }
}
export class IllegalFormatConversionException extends IllegalFormatException {
  constructor(conversion: string, className: string) {
    super(`${conversion} != ${className}`);
  }
}
export class MissingFormatArgumentException extends IllegalFormatException {
  constructor(spec: string) {
    super(`Format specifier '${spec}'`);
  }
}
export class PatternSyntaxException extends IllegalArgumentException {}
export class IOException extends Exception {}
export class FileNotFoundException extends IOException {}
export class UncheckedIOException extends RuntimeException {}
export class StackOverflowError extends JError {}
export class OutOfMemoryError extends JError {}
export class AssertionError extends JError {}
export class IllegalAccessException extends ReflectiveOperationException {}
export class InstantiationException extends ReflectiveOperationException {}
export class NoSuchMethodException extends ReflectiveOperationException {}
export class NoSuchFieldException extends ReflectiveOperationException {}
export class SecurityException extends RuntimeException {}
export class TimeoutException extends Exception {}
export class ExecutionException extends Exception {}
export class CancellationException extends IllegalStateException {}
export class CompletionException extends RuntimeException {}
export class RejectedExecutionException extends RuntimeException {}
export class DateTimeException extends RuntimeException {}
export class UnsupportedEncodingException extends IOException {}

/* Java names of the runtime classes (Throwable itself is java.lang.Throwable). */
setJavaName(Throwable, "java.lang.Throwable");
setJavaName(Exception, "java.lang.Exception");
setJavaName(JError, "java.lang.Error");
setJavaName(RuntimeException, "java.lang.RuntimeException");
setJavaName(IllegalArgumentException, "java.lang.IllegalArgumentException");
setJavaName(NumberFormatException, "java.lang.NumberFormatException");
setJavaName(IllegalStateException, "java.lang.IllegalStateException");
setJavaName(NullPointerException, "java.lang.NullPointerException");
setJavaName(ArithmeticException, "java.lang.ArithmeticException");
setJavaName(IndexOutOfBoundsException, "java.lang.IndexOutOfBoundsException");
setJavaName(ArrayIndexOutOfBoundsException, "java.lang.ArrayIndexOutOfBoundsException");
setJavaName(StringIndexOutOfBoundsException, "java.lang.StringIndexOutOfBoundsException");
setJavaName(ClassCastException, "java.lang.ClassCastException");
setJavaName(UnsupportedOperationException, "java.lang.UnsupportedOperationException");
setJavaName(NegativeArraySizeException, "java.lang.NegativeArraySizeException");
setJavaName(ArrayStoreException, "java.lang.ArrayStoreException");
setJavaName(CloneNotSupportedException, "java.lang.CloneNotSupportedException");
setJavaName(InterruptedException, "java.lang.InterruptedException");
setJavaName(ReflectiveOperationException, "java.lang.ReflectiveOperationException");
setJavaName(ClassNotFoundException, "java.lang.ClassNotFoundException");
setJavaName(NoSuchElementException, "java.util.NoSuchElementException");
setJavaName(InputMismatchException, "java.util.InputMismatchException");
setJavaName(EmptyStackException, "java.util.EmptyStackException");
setJavaName(ConcurrentModificationException, "java.util.ConcurrentModificationException");
setJavaName(IllegalFormatException, "java.util.IllegalFormatException");
setJavaName(UnknownFormatConversionException, "java.util.UnknownFormatConversionException");
setJavaName(IllegalFormatConversionException, "java.util.IllegalFormatConversionException");
setJavaName(MissingFormatArgumentException, "java.util.MissingFormatArgumentException");
setJavaName(PatternSyntaxException, "java.util.regex.PatternSyntaxException");
setJavaName(IOException, "java.io.IOException");
setJavaName(FileNotFoundException, "java.io.FileNotFoundException");
setJavaName(UncheckedIOException, "java.io.UncheckedIOException");
setJavaName(StackOverflowError, "java.lang.StackOverflowError");
setJavaName(OutOfMemoryError, "java.lang.OutOfMemoryError");
setJavaName(AssertionError, "java.lang.AssertionError");
setJavaName(IllegalAccessException, "java.lang.IllegalAccessException");
setJavaName(InstantiationException, "java.lang.InstantiationException");
setJavaName(NoSuchMethodException, "java.lang.NoSuchMethodException");
setJavaName(NoSuchFieldException, "java.lang.NoSuchFieldException");
setJavaName(SecurityException, "java.lang.SecurityException");
setJavaName(TimeoutException, "java.util.concurrent.TimeoutException");
setJavaName(ExecutionException, "java.util.concurrent.ExecutionException");
setJavaName(CancellationException, "java.util.concurrent.CancellationException");
setJavaName(CompletionException, "java.util.concurrent.CompletionException");
setJavaName(RejectedExecutionException, "java.util.concurrent.RejectedExecutionException");
setJavaName(DateTimeException, "java.time.DateTimeException");
setJavaName(UnsupportedEncodingException, "java.io.UnsupportedEncodingException");

/**
 * Turns anything thrown into a Throwable so translated `catch (X e)` can test instanceof.
 * JS TypeErrors come from member access on null/undefined (Java's NPE); RangeError
 * "Maximum call stack size exceeded" is a stack overflow; other RangeErrors (bad array
 * length) are Java's NegativeArraySizeException / OutOfMemoryError territory.
 */
export function wrapJsError(e: unknown): Throwable {
  if (e instanceof Throwable) return e;
  if (e instanceof TypeError) {
    const t = new NullPointerException(null);
    t.stack = e.stack;
    return t;
  }
  if (e instanceof RangeError) {
    if (/call stack/i.test(e.message)) return new StackOverflowError(null);
    const neg = /Invalid typed array length: (-\d+)/.exec(e.message);
    if (neg) return new NegativeArraySizeException(neg[1]!);
    if (/array length|Invalid typed array length/i.test(e.message)) return new OutOfMemoryError("Java heap space");
    return new RuntimeException(e.message);
  }
  if (e instanceof globalThis.Error) {
    const t = new RuntimeException(e.message);
    t.stack = e.stack;
    return t;
  }
  return new RuntimeException(String(e));
}
