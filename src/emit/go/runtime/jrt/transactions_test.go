package jrt

import (
	"strings"
	"testing"
)

type recordingManager struct{ log []string }

type recordingTx struct {
	m    *recordingManager
	name string
}

func (m *recordingManager) Begin(def *TxDefinition) Transaction {
	m.log = append(m.log, "begin "+def.Name+" "+def.Propagation)
	return recordingTx{m, def.Name}
}
func (t recordingTx) Commit()   { t.m.log = append(t.m.log, "commit "+t.name) }
func (t recordingTx) Rollback() { t.m.log = append(t.m.log, "rollback "+t.name) }

// outcome runs a boundary whose body throws e (or returns 7 when e is nil) and
// reports what the manager saw and what came out.
func outcome(def *TxDefinition, e ThrowableI) (log string, result int32, thrown string) {
	m := &recordingManager{}
	SetTransactionManager(m)
	defer SetTransactionManager(noTransactions{})
	_, caught := Catching(func() int {
		result = InTransaction(def, func() int32 {
			if e != nil {
				Throw(e)
			}
			return 7
		})
		return 0
	})
	if caught != nil {
		thrown = caught.JavaClassName()
	}
	return strings.Join(m.log, "; "), result, thrown
}

func TestTransactionRollbackRules(t *testing.T) {
	def := func(rollbackFor, noRollbackFor []string) *TxDefinition {
		return &TxDefinition{Name: "com.acme.Payments.pay", Propagation: "REQUIRED", Timeout: -1, RollbackFor: rollbackFor, NoRollbackFor: noRollbackFor}
	}
	checked := func() ThrowableI {
		e := &Exception{}
		e.SetMessage("declined")
		return e
	}
	cases := []struct {
		name      string
		def       *TxDefinition
		thrown    ThrowableI
		wantLog   string
		wantThrow string
	}{
		{"returns: commit", def(nil, nil), nil, "begin com.acme.Payments.pay REQUIRED; commit com.acme.Payments.pay", ""},
		{"unchecked: rollback", def(nil, nil), NewIllegalStateException("x"), "begin com.acme.Payments.pay REQUIRED; rollback com.acme.Payments.pay", "java.lang.IllegalStateException"},
		{"checked: commit by default", def(nil, nil), checked(), "begin com.acme.Payments.pay REQUIRED; commit com.acme.Payments.pay", "java.lang.Exception"},
		{"rollbackFor Exception", def([]string{"java.lang.Exception"}, nil), checked(), "begin com.acme.Payments.pay REQUIRED; rollback com.acme.Payments.pay", "java.lang.Exception"},
		{"noRollbackFor the nearer class wins", def([]string{"java.lang.RuntimeException"}, []string{"java.lang.IllegalStateException"}), NewIllegalStateException("x"), "begin com.acme.Payments.pay REQUIRED; commit com.acme.Payments.pay", "java.lang.IllegalStateException"},
		{"Go runtime panic is unchecked", def(nil, nil), ToThrowable(runtimeNilDeref()), "begin com.acme.Payments.pay REQUIRED; rollback com.acme.Payments.pay", "java.lang.NullPointerException"},
	}
	for _, c := range cases {
		log, result, thrown := outcome(c.def, c.thrown)
		if log != c.wantLog || thrown != c.wantThrow {
			t.Errorf("%s: got %q / %q, want %q / %q", c.name, log, thrown, c.wantLog, c.wantThrow)
		}
		if c.thrown == nil && result != 7 {
			t.Errorf("%s: result %d, want 7", c.name, result)
		}
	}
}

// runtimeNilDeref returns the panic value of a nil pointer dereference.
func runtimeNilDeref() (r any) {
	defer func() { r = recover() }()
	var p *int
	_ = *p
	return nil
}
