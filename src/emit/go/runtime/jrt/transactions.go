// The explicit transaction boundary that replaces Spring's @Transactional
// proxy (rules/spring-beans/spring.transactional). A translated method runs
// its body through InTransaction, which asks the TransactionManager for a
// transaction, commits when the body returns and decides between rollback and
// commit by Spring's rules when it throws, then lets the result or the
// exception through unchanged.

package jrt

import "sync"

// TxDefinition is what the Java @Transactional asked for, in Spring's words.
type TxDefinition struct {
	// Name is the Java method, e.g. "com.acme.Payments.pay".
	Name string
	// Propagation is a Spring Propagation constant (REQUIRED, REQUIRES_NEW,
	// NESTED, SUPPORTS, NOT_SUPPORTED, MANDATORY, NEVER).
	Propagation string
	// Isolation is a Spring Isolation constant; "" means DEFAULT.
	Isolation string
	ReadOnly  bool
	// Timeout in seconds; -1 leaves it to the manager.
	Timeout int32
	// RollbackFor and NoRollbackFor are Java binary class names.
	RollbackFor   []string
	NoRollbackFor []string
}

// Transaction is one begun transaction.
type Transaction interface {
	Commit()
	Rollback()
}

// TransactionManager begins transactions; the application sets one over its
// database (a *sql.DB, or a context-carrying wrapper) with
// SetTransactionManager. Joining an outer transaction for REQUIRED, or
// suspending it for REQUIRES_NEW, is the manager's decision: Spring keeps the
// current transaction per thread, which Go code passes explicitly.
type TransactionManager interface {
	Begin(def *TxDefinition) Transaction
}

var (
	txMu      sync.RWMutex
	txManager TransactionManager = noTransactions{}
)

// SetTransactionManager installs the manager every boundary uses from then on.
func SetTransactionManager(m TransactionManager) {
	txMu.Lock()
	txManager = m
	txMu.Unlock()
}

func currentTransactionManager() TransactionManager {
	txMu.RLock()
	defer txMu.RUnlock()
	return txManager
}

// noTransactions is the manager until the application sets one: the
// translated code behaves as the Java code without a database.
type noTransactions struct{}

type noTransaction struct{}

func (noTransactions) Begin(*TxDefinition) Transaction { return noTransaction{} }
func (noTransaction) Commit()                          {}
func (noTransaction) Rollback()                        {}

// InTransaction runs body inside a transaction and returns its result.
func InTransaction[R any](def *TxDefinition, body func() R) R {
	var result R
	RunInTransaction(def, func() { result = body() })
	return result
}

// RunInTransaction is InTransaction for a method without a result.
func RunInTransaction(def *TxDefinition, body func()) {
	tx := currentTransactionManager().Begin(def)
	completed := false
	defer func() {
		if completed {
			return
		}
		r := recover()
		if def.RollsBackOn(ToThrowable(r)) {
			tx.Rollback()
		} else {
			tx.Commit()
		}
		panic(r)
	}()
	body()
	completed = true
	tx.Commit()
}

// RollsBackOn is Spring's RuleBasedTransactionAttribute.rollbackOn: the
// rollbackFor or noRollbackFor rule naming the nearest superclass of the
// exception wins; without one, unchecked exceptions (RuntimeException, Error)
// roll back and checked ones commit.
func (def *TxDefinition) RollsBackOn(e ThrowableI) bool {
	class := ClassNameOf(e)
	best, rollback := -1, false
	consider := func(names []string, rb bool) {
		for _, n := range names {
			if d := classDistance(class, n); d >= 0 && (best < 0 || d < best) {
				best, rollback = d, rb
			}
		}
	}
	consider(def.RollbackFor, true)
	consider(def.NoRollbackFor, false)
	if best >= 0 {
		return rollback
	}
	return IsSubclass(class, "java.lang.RuntimeException") || IsSubclass(class, "java.lang.Error")
}
