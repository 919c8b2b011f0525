package jrt

// EnumSet is a TreeSet in natural order: an enum's compareTo is by ordinal,
// so it iterates and prints as java.util.EnumSet does. The operations that
// need the enum's universe take its values() from the caller.

// Ordinaled is an enum constant (a translated enum embeds Enum).
type Ordinaled interface{ Ordinal() int32 }

// EnumSetOf is EnumSet.of(e...), EnumSet.allOf (with values()) and EnumSet.noneOf (no elements).
func EnumSetOf[E any](items ...E) *TreeSet[E] {
	return AddAllTo(NewTreeSet[E](nil), items)
}

// EnumSetRange is EnumSet.range(from, to): the constants from..to by ordinal.
func EnumSetRange[E Ordinaled](all []E, from, to E) *TreeSet[E] {
	if from.Ordinal() > to.Ordinal() {
		panic(NewIllegalArgumentException(ToString(from) + " > " + ToString(to)))
	}
	return EnumSetOf(all[from.Ordinal() : to.Ordinal()+1]...)
}

// EnumSetComplementOf is EnumSet.complementOf(s): the constants s lacks.
func EnumSetComplementOf[E Ordinaled](all []E, s *TreeSet[E]) *TreeSet[E] {
	out := NewTreeSet[E](nil)
	for _, e := range all {
		if !s.Contains(e) {
			out.Add(e)
		}
	}
	return out
}
