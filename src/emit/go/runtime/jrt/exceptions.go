// The built-in exception classes (one struct per Java class, each embedding
// its superclass), one for each entry of builtinThrowables in throwable.go
// (TestBuiltinThrowablesAreDeclared keeps the two in step).

package jrt

// Exception is java.lang.Exception.
type Exception struct{ Throwable }

// JavaClassName implements ThrowableI.
func (*Exception) JavaClassName() string { return "java.lang.Exception" }

// NewException is `new Exception(msg)`; use &Exception{} for a null message.
func NewException(msg string) *Exception {
	e := &Exception{}
	e.SetMessage(msg)
	return e
}

// Error is java.lang.Error.
type Error struct{ Throwable }

// JavaClassName implements ThrowableI.
func (*Error) JavaClassName() string { return "java.lang.Error" }

// NewError is `new Error(msg)`; use &Error{} for a null message.
func NewError(msg string) *Error {
	e := &Error{}
	e.SetMessage(msg)
	return e
}

// RuntimeException is java.lang.RuntimeException.
type RuntimeException struct{ Exception }

// JavaClassName implements ThrowableI.
func (*RuntimeException) JavaClassName() string { return "java.lang.RuntimeException" }

// NewRuntimeException is `new RuntimeException(msg)`; use &RuntimeException{} for a null message.
func NewRuntimeException(msg string) *RuntimeException {
	e := &RuntimeException{}
	e.SetMessage(msg)
	return e
}

// IllegalArgumentException is java.lang.IllegalArgumentException.
type IllegalArgumentException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*IllegalArgumentException) JavaClassName() string { return "java.lang.IllegalArgumentException" }

// NewIllegalArgumentException is `new IllegalArgumentException(msg)`; use &IllegalArgumentException{} for a null message.
func NewIllegalArgumentException(msg string) *IllegalArgumentException {
	e := &IllegalArgumentException{}
	e.SetMessage(msg)
	return e
}

// NumberFormatException is java.lang.NumberFormatException.
type NumberFormatException struct{ IllegalArgumentException }

// JavaClassName implements ThrowableI.
func (*NumberFormatException) JavaClassName() string { return "java.lang.NumberFormatException" }

// NewNumberFormatException is `new NumberFormatException(msg)`; use &NumberFormatException{} for a null message.
func NewNumberFormatException(msg string) *NumberFormatException {
	e := &NumberFormatException{}
	e.SetMessage(msg)
	return e
}

// IllegalStateException is java.lang.IllegalStateException.
type IllegalStateException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*IllegalStateException) JavaClassName() string { return "java.lang.IllegalStateException" }

// NewIllegalStateException is `new IllegalStateException(msg)`; use &IllegalStateException{} for a null message.
func NewIllegalStateException(msg string) *IllegalStateException {
	e := &IllegalStateException{}
	e.SetMessage(msg)
	return e
}

// NullPointerException is java.lang.NullPointerException.
type NullPointerException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*NullPointerException) JavaClassName() string { return "java.lang.NullPointerException" }

// NewNullPointerException is `new NullPointerException(msg)`; use &NullPointerException{} for a null message.
func NewNullPointerException(msg string) *NullPointerException {
	e := &NullPointerException{}
	e.SetMessage(msg)
	return e
}

// ArithmeticException is java.lang.ArithmeticException.
type ArithmeticException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*ArithmeticException) JavaClassName() string { return "java.lang.ArithmeticException" }

// NewArithmeticException is `new ArithmeticException(msg)`; use &ArithmeticException{} for a null message.
func NewArithmeticException(msg string) *ArithmeticException {
	e := &ArithmeticException{}
	e.SetMessage(msg)
	return e
}

// IndexOutOfBoundsException is java.lang.IndexOutOfBoundsException.
type IndexOutOfBoundsException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*IndexOutOfBoundsException) JavaClassName() string {
	return "java.lang.IndexOutOfBoundsException"
}

// NewIndexOutOfBoundsException is `new IndexOutOfBoundsException(msg)`; use &IndexOutOfBoundsException{} for a null message.
func NewIndexOutOfBoundsException(msg string) *IndexOutOfBoundsException {
	e := &IndexOutOfBoundsException{}
	e.SetMessage(msg)
	return e
}

// ArrayIndexOutOfBoundsException is java.lang.ArrayIndexOutOfBoundsException.
type ArrayIndexOutOfBoundsException struct{ IndexOutOfBoundsException }

// JavaClassName implements ThrowableI.
func (*ArrayIndexOutOfBoundsException) JavaClassName() string {
	return "java.lang.ArrayIndexOutOfBoundsException"
}

// NewArrayIndexOutOfBoundsException is `new ArrayIndexOutOfBoundsException(msg)`; use &ArrayIndexOutOfBoundsException{} for a null message.
func NewArrayIndexOutOfBoundsException(msg string) *ArrayIndexOutOfBoundsException {
	e := &ArrayIndexOutOfBoundsException{}
	e.SetMessage(msg)
	return e
}

// StringIndexOutOfBoundsException is java.lang.StringIndexOutOfBoundsException.
type StringIndexOutOfBoundsException struct{ IndexOutOfBoundsException }

// JavaClassName implements ThrowableI.
func (*StringIndexOutOfBoundsException) JavaClassName() string {
	return "java.lang.StringIndexOutOfBoundsException"
}

// NewStringIndexOutOfBoundsException is `new StringIndexOutOfBoundsException(msg)`; use &StringIndexOutOfBoundsException{} for a null message.
func NewStringIndexOutOfBoundsException(msg string) *StringIndexOutOfBoundsException {
	e := &StringIndexOutOfBoundsException{}
	e.SetMessage(msg)
	return e
}

// ClassCastException is java.lang.ClassCastException.
type ClassCastException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*ClassCastException) JavaClassName() string { return "java.lang.ClassCastException" }

// NewClassCastException is `new ClassCastException(msg)`; use &ClassCastException{} for a null message.
func NewClassCastException(msg string) *ClassCastException {
	e := &ClassCastException{}
	e.SetMessage(msg)
	return e
}

// UnsupportedOperationException is java.lang.UnsupportedOperationException.
type UnsupportedOperationException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*UnsupportedOperationException) JavaClassName() string {
	return "java.lang.UnsupportedOperationException"
}

// NewUnsupportedOperationException is `new UnsupportedOperationException(msg)`; use &UnsupportedOperationException{} for a null message.
func NewUnsupportedOperationException(msg string) *UnsupportedOperationException {
	e := &UnsupportedOperationException{}
	e.SetMessage(msg)
	return e
}

// NegativeArraySizeException is java.lang.NegativeArraySizeException.
type NegativeArraySizeException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*NegativeArraySizeException) JavaClassName() string {
	return "java.lang.NegativeArraySizeException"
}

// NewNegativeArraySizeException is `new NegativeArraySizeException(msg)`; use &NegativeArraySizeException{} for a null message.
func NewNegativeArraySizeException(msg string) *NegativeArraySizeException {
	e := &NegativeArraySizeException{}
	e.SetMessage(msg)
	return e
}

// ArrayStoreException is java.lang.ArrayStoreException.
type ArrayStoreException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*ArrayStoreException) JavaClassName() string { return "java.lang.ArrayStoreException" }

// NewArrayStoreException is `new ArrayStoreException(msg)`; use &ArrayStoreException{} for a null message.
func NewArrayStoreException(msg string) *ArrayStoreException {
	e := &ArrayStoreException{}
	e.SetMessage(msg)
	return e
}

// CloneNotSupportedException is java.lang.CloneNotSupportedException.
type CloneNotSupportedException struct{ Exception }

// JavaClassName implements ThrowableI.
func (*CloneNotSupportedException) JavaClassName() string {
	return "java.lang.CloneNotSupportedException"
}

// NewCloneNotSupportedException is `new CloneNotSupportedException(msg)`; use &CloneNotSupportedException{} for a null message.
func NewCloneNotSupportedException(msg string) *CloneNotSupportedException {
	e := &CloneNotSupportedException{}
	e.SetMessage(msg)
	return e
}

// InterruptedException is java.lang.InterruptedException.
type InterruptedException struct{ Exception }

// JavaClassName implements ThrowableI.
func (*InterruptedException) JavaClassName() string { return "java.lang.InterruptedException" }

// NewInterruptedException is `new InterruptedException(msg)`; use &InterruptedException{} for a null message.
func NewInterruptedException(msg string) *InterruptedException {
	e := &InterruptedException{}
	e.SetMessage(msg)
	return e
}

// ReflectiveOperationException is java.lang.ReflectiveOperationException.
type ReflectiveOperationException struct{ Exception }

// JavaClassName implements ThrowableI.
func (*ReflectiveOperationException) JavaClassName() string {
	return "java.lang.ReflectiveOperationException"
}

// NewReflectiveOperationException is `new ReflectiveOperationException(msg)`; use &ReflectiveOperationException{} for a null message.
func NewReflectiveOperationException(msg string) *ReflectiveOperationException {
	e := &ReflectiveOperationException{}
	e.SetMessage(msg)
	return e
}

// ClassNotFoundException is java.lang.ClassNotFoundException.
type ClassNotFoundException struct{ ReflectiveOperationException }

// JavaClassName implements ThrowableI.
func (*ClassNotFoundException) JavaClassName() string { return "java.lang.ClassNotFoundException" }

// NewClassNotFoundException is `new ClassNotFoundException(msg)`; use &ClassNotFoundException{} for a null message.
func NewClassNotFoundException(msg string) *ClassNotFoundException {
	e := &ClassNotFoundException{}
	e.SetMessage(msg)
	return e
}

// StackOverflowError is java.lang.StackOverflowError.
type StackOverflowError struct{ Error }

// JavaClassName implements ThrowableI.
func (*StackOverflowError) JavaClassName() string { return "java.lang.StackOverflowError" }

// NewStackOverflowError is `new StackOverflowError(msg)`; use &StackOverflowError{} for a null message.
func NewStackOverflowError(msg string) *StackOverflowError {
	e := &StackOverflowError{}
	e.SetMessage(msg)
	return e
}

// OutOfMemoryError is java.lang.OutOfMemoryError.
type OutOfMemoryError struct{ Error }

// JavaClassName implements ThrowableI.
func (*OutOfMemoryError) JavaClassName() string { return "java.lang.OutOfMemoryError" }

// NewOutOfMemoryError is `new OutOfMemoryError(msg)`; use &OutOfMemoryError{} for a null message.
func NewOutOfMemoryError(msg string) *OutOfMemoryError {
	e := &OutOfMemoryError{}
	e.SetMessage(msg)
	return e
}

// AssertionError is java.lang.AssertionError.
type AssertionError struct{ Error }

// JavaClassName implements ThrowableI.
func (*AssertionError) JavaClassName() string { return "java.lang.AssertionError" }

// NewAssertionError is `new AssertionError(msg)`; use &AssertionError{} for a null message.
func NewAssertionError(msg string) *AssertionError {
	e := &AssertionError{}
	e.SetMessage(msg)
	return e
}

// NoSuchElementException is java.util.NoSuchElementException.
type NoSuchElementException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*NoSuchElementException) JavaClassName() string { return "java.util.NoSuchElementException" }

// NewNoSuchElementException is `new NoSuchElementException(msg)`; use &NoSuchElementException{} for a null message.
func NewNoSuchElementException(msg string) *NoSuchElementException {
	e := &NoSuchElementException{}
	e.SetMessage(msg)
	return e
}

// InputMismatchException is java.util.InputMismatchException.
type InputMismatchException struct{ NoSuchElementException }

// JavaClassName implements ThrowableI.
func (*InputMismatchException) JavaClassName() string { return "java.util.InputMismatchException" }

// NewInputMismatchException is `new InputMismatchException(msg)`; use &InputMismatchException{} for a null message.
func NewInputMismatchException(msg string) *InputMismatchException {
	e := &InputMismatchException{}
	e.SetMessage(msg)
	return e
}

// ConcurrentModificationException is java.util.ConcurrentModificationException.
type ConcurrentModificationException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*ConcurrentModificationException) JavaClassName() string {
	return "java.util.ConcurrentModificationException"
}

// NewConcurrentModificationException is `new ConcurrentModificationException(msg)`; use &ConcurrentModificationException{} for a null message.
func NewConcurrentModificationException(msg string) *ConcurrentModificationException {
	e := &ConcurrentModificationException{}
	e.SetMessage(msg)
	return e
}

// EmptyStackException is java.util.EmptyStackException.
type EmptyStackException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*EmptyStackException) JavaClassName() string { return "java.util.EmptyStackException" }

// NewEmptyStackException is `new EmptyStackException(msg)`; use &EmptyStackException{} for a null message.
func NewEmptyStackException(msg string) *EmptyStackException {
	e := &EmptyStackException{}
	e.SetMessage(msg)
	return e
}

// IllegalFormatException is java.util.IllegalFormatException.
type IllegalFormatException struct{ IllegalArgumentException }

// JavaClassName implements ThrowableI.
func (*IllegalFormatException) JavaClassName() string { return "java.util.IllegalFormatException" }

// NewIllegalFormatException is `new IllegalFormatException(msg)`; use &IllegalFormatException{} for a null message.
func NewIllegalFormatException(msg string) *IllegalFormatException {
	e := &IllegalFormatException{}
	e.SetMessage(msg)
	return e
}

// MissingFormatArgumentException is java.util.MissingFormatArgumentException.
type MissingFormatArgumentException struct{ IllegalFormatException }

// JavaClassName implements ThrowableI.
func (*MissingFormatArgumentException) JavaClassName() string {
	return "java.util.MissingFormatArgumentException"
}

// NewMissingFormatArgumentException is `new MissingFormatArgumentException(msg)`; use &MissingFormatArgumentException{} for a null message.
func NewMissingFormatArgumentException(msg string) *MissingFormatArgumentException {
	e := &MissingFormatArgumentException{}
	e.SetMessage(msg)
	return e
}

// UnknownFormatConversionException is java.util.UnknownFormatConversionException.
type UnknownFormatConversionException struct{ IllegalFormatException }

// JavaClassName implements ThrowableI.
func (*UnknownFormatConversionException) JavaClassName() string {
	return "java.util.UnknownFormatConversionException"
}

// NewUnknownFormatConversionException is `new UnknownFormatConversionException(msg)`; use &UnknownFormatConversionException{} for a null message.
func NewUnknownFormatConversionException(msg string) *UnknownFormatConversionException {
	e := &UnknownFormatConversionException{}
	e.SetMessage(msg)
	return e
}

// IllegalFormatConversionException is java.util.IllegalFormatConversionException.
type IllegalFormatConversionException struct{ IllegalFormatException }

// JavaClassName implements ThrowableI.
func (*IllegalFormatConversionException) JavaClassName() string {
	return "java.util.IllegalFormatConversionException"
}

// NewIllegalFormatConversionException is `new IllegalFormatConversionException(msg)`; use &IllegalFormatConversionException{} for a null message.
func NewIllegalFormatConversionException(msg string) *IllegalFormatConversionException {
	e := &IllegalFormatConversionException{}
	e.SetMessage(msg)
	return e
}

// MissingFormatWidthException is java.util.MissingFormatWidthException.
type MissingFormatWidthException struct{ IllegalFormatException }

// JavaClassName implements ThrowableI.
func (*MissingFormatWidthException) JavaClassName() string {
	return "java.util.MissingFormatWidthException"
}

// NewMissingFormatWidthException is `new MissingFormatWidthException(msg)`; use &MissingFormatWidthException{} for a null message.
func NewMissingFormatWidthException(msg string) *MissingFormatWidthException {
	e := &MissingFormatWidthException{}
	e.SetMessage(msg)
	return e
}

// IllegalFormatPrecisionException is java.util.IllegalFormatPrecisionException.
type IllegalFormatPrecisionException struct{ IllegalFormatException }

// JavaClassName implements ThrowableI.
func (*IllegalFormatPrecisionException) JavaClassName() string {
	return "java.util.IllegalFormatPrecisionException"
}

// NewIllegalFormatPrecisionException is `new IllegalFormatPrecisionException(msg)`; use &IllegalFormatPrecisionException{} for a null message.
func NewIllegalFormatPrecisionException(msg string) *IllegalFormatPrecisionException {
	e := &IllegalFormatPrecisionException{}
	e.SetMessage(msg)
	return e
}

// IllegalFormatFlagsException is java.util.IllegalFormatFlagsException.
type IllegalFormatFlagsException struct{ IllegalFormatException }

// JavaClassName implements ThrowableI.
func (*IllegalFormatFlagsException) JavaClassName() string {
	return "java.util.IllegalFormatFlagsException"
}

// NewIllegalFormatFlagsException is `new IllegalFormatFlagsException(msg)`; use &IllegalFormatFlagsException{} for a null message.
func NewIllegalFormatFlagsException(msg string) *IllegalFormatFlagsException {
	e := &IllegalFormatFlagsException{}
	e.SetMessage(msg)
	return e
}

// FormatFlagsConversionMismatchException is java.util.FormatFlagsConversionMismatchException.
type FormatFlagsConversionMismatchException struct{ IllegalFormatException }

// JavaClassName implements ThrowableI.
func (*FormatFlagsConversionMismatchException) JavaClassName() string {
	return "java.util.FormatFlagsConversionMismatchException"
}

// NewFormatFlagsConversionMismatchException is `new FormatFlagsConversionMismatchException(msg)`; use &FormatFlagsConversionMismatchException{} for a null message.
func NewFormatFlagsConversionMismatchException(msg string) *FormatFlagsConversionMismatchException {
	e := &FormatFlagsConversionMismatchException{}
	e.SetMessage(msg)
	return e
}

// PatternSyntaxException is java.util.regex.PatternSyntaxException.
type PatternSyntaxException struct{ IllegalArgumentException }

// JavaClassName implements ThrowableI.
func (*PatternSyntaxException) JavaClassName() string {
	return "java.util.regex.PatternSyntaxException"
}

// NewPatternSyntaxException is `new PatternSyntaxException(msg)`; use &PatternSyntaxException{} for a null message.
func NewPatternSyntaxException(msg string) *PatternSyntaxException {
	e := &PatternSyntaxException{}
	e.SetMessage(msg)
	return e
}

// IOException is java.io.IOException.
type IOException struct{ Exception }

// JavaClassName implements ThrowableI.
func (*IOException) JavaClassName() string { return "java.io.IOException" }

// NewIOException is `new IOException(msg)`; use &IOException{} for a null message.
func NewIOException(msg string) *IOException {
	e := &IOException{}
	e.SetMessage(msg)
	return e
}

// FileNotFoundException is java.io.FileNotFoundException.
type FileNotFoundException struct{ IOException }

// JavaClassName implements ThrowableI.
func (*FileNotFoundException) JavaClassName() string { return "java.io.FileNotFoundException" }

// NewFileNotFoundException is `new FileNotFoundException(msg)`; use &FileNotFoundException{} for a null message.
func NewFileNotFoundException(msg string) *FileNotFoundException {
	e := &FileNotFoundException{}
	e.SetMessage(msg)
	return e
}

// UncheckedIOException is java.io.UncheckedIOException.
type UncheckedIOException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*UncheckedIOException) JavaClassName() string { return "java.io.UncheckedIOException" }

// NewUncheckedIOException is `new UncheckedIOException(msg)`; use &UncheckedIOException{} for a null message.
func NewUncheckedIOException(msg string) *UncheckedIOException {
	e := &UncheckedIOException{}
	e.SetMessage(msg)
	return e
}

// IllegalAccessException is java.lang.IllegalAccessException.
type IllegalAccessException struct{ ReflectiveOperationException }

// JavaClassName implements ThrowableI.
func (*IllegalAccessException) JavaClassName() string { return "java.lang.IllegalAccessException" }

// NewIllegalAccessException is `new IllegalAccessException(msg)`; use &IllegalAccessException{} for a null message.
func NewIllegalAccessException(msg string) *IllegalAccessException {
	e := &IllegalAccessException{}
	e.SetMessage(msg)
	return e
}

// InstantiationException is java.lang.InstantiationException.
type InstantiationException struct{ ReflectiveOperationException }

// JavaClassName implements ThrowableI.
func (*InstantiationException) JavaClassName() string { return "java.lang.InstantiationException" }

// NewInstantiationException is `new InstantiationException(msg)`; use &InstantiationException{} for a null message.
func NewInstantiationException(msg string) *InstantiationException {
	e := &InstantiationException{}
	e.SetMessage(msg)
	return e
}

// NoSuchMethodException is java.lang.NoSuchMethodException.
type NoSuchMethodException struct{ ReflectiveOperationException }

// JavaClassName implements ThrowableI.
func (*NoSuchMethodException) JavaClassName() string { return "java.lang.NoSuchMethodException" }

// NewNoSuchMethodException is `new NoSuchMethodException(msg)`; use &NoSuchMethodException{} for a null message.
func NewNoSuchMethodException(msg string) *NoSuchMethodException {
	e := &NoSuchMethodException{}
	e.SetMessage(msg)
	return e
}

// NoSuchFieldException is java.lang.NoSuchFieldException.
type NoSuchFieldException struct{ ReflectiveOperationException }

// JavaClassName implements ThrowableI.
func (*NoSuchFieldException) JavaClassName() string { return "java.lang.NoSuchFieldException" }

// NewNoSuchFieldException is `new NoSuchFieldException(msg)`; use &NoSuchFieldException{} for a null message.
func NewNoSuchFieldException(msg string) *NoSuchFieldException {
	e := &NoSuchFieldException{}
	e.SetMessage(msg)
	return e
}

// SecurityException is java.lang.SecurityException.
type SecurityException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*SecurityException) JavaClassName() string { return "java.lang.SecurityException" }

// NewSecurityException is `new SecurityException(msg)`; use &SecurityException{} for a null message.
func NewSecurityException(msg string) *SecurityException {
	e := &SecurityException{}
	e.SetMessage(msg)
	return e
}

// TimeoutException is java.util.concurrent.TimeoutException.
type TimeoutException struct{ Exception }

// JavaClassName implements ThrowableI.
func (*TimeoutException) JavaClassName() string { return "java.util.concurrent.TimeoutException" }

// NewTimeoutException is `new TimeoutException(msg)`; use &TimeoutException{} for a null message.
func NewTimeoutException(msg string) *TimeoutException {
	e := &TimeoutException{}
	e.SetMessage(msg)
	return e
}

// ExecutionException is java.util.concurrent.ExecutionException.
type ExecutionException struct{ Exception }

// JavaClassName implements ThrowableI.
func (*ExecutionException) JavaClassName() string { return "java.util.concurrent.ExecutionException" }

// NewExecutionException is `new ExecutionException(msg)`; use &ExecutionException{} for a null message.
func NewExecutionException(msg string) *ExecutionException {
	e := &ExecutionException{}
	e.SetMessage(msg)
	return e
}

// CancellationException is java.util.concurrent.CancellationException.
type CancellationException struct{ IllegalStateException }

// JavaClassName implements ThrowableI.
func (*CancellationException) JavaClassName() string {
	return "java.util.concurrent.CancellationException"
}

// NewCancellationException is `new CancellationException(msg)`; use &CancellationException{} for a null message.
func NewCancellationException(msg string) *CancellationException {
	e := &CancellationException{}
	e.SetMessage(msg)
	return e
}

// CompletionException is java.util.concurrent.CompletionException.
type CompletionException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*CompletionException) JavaClassName() string { return "java.util.concurrent.CompletionException" }

// NewCompletionException is `new CompletionException(msg)`; use &CompletionException{} for a null message.
func NewCompletionException(msg string) *CompletionException {
	e := &CompletionException{}
	e.SetMessage(msg)
	return e
}

// RejectedExecutionException is java.util.concurrent.RejectedExecutionException.
type RejectedExecutionException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*RejectedExecutionException) JavaClassName() string {
	return "java.util.concurrent.RejectedExecutionException"
}

// NewRejectedExecutionException is `new RejectedExecutionException(msg)`; use &RejectedExecutionException{} for a null message.
func NewRejectedExecutionException(msg string) *RejectedExecutionException {
	e := &RejectedExecutionException{}
	e.SetMessage(msg)
	return e
}

// DateTimeException is java.time.DateTimeException.
type DateTimeException struct{ RuntimeException }

// JavaClassName implements ThrowableI.
func (*DateTimeException) JavaClassName() string { return "java.time.DateTimeException" }

// NewDateTimeException is `new DateTimeException(msg)`; use &DateTimeException{} for a null message.
func NewDateTimeException(msg string) *DateTimeException {
	e := &DateTimeException{}
	e.SetMessage(msg)
	return e
}

// UnsupportedEncodingException is java.io.UnsupportedEncodingException.
type UnsupportedEncodingException struct{ IOException }

// JavaClassName implements ThrowableI.
func (*UnsupportedEncodingException) JavaClassName() string {
	return "java.io.UnsupportedEncodingException"
}

// NewUnsupportedEncodingException is `new UnsupportedEncodingException(msg)`; use &UnsupportedEncodingException{} for a null message.
func NewUnsupportedEncodingException(msg string) *UnsupportedEncodingException {
	e := &UnsupportedEncodingException{}
	e.SetMessage(msg)
	return e
}
