"""What a trigger takes: the kinds of its own complements, features of its sense for the decision
stage (``argument_features``).

A verb of an act says by what it takes whether it names the act or only words about it: "warned
the rebels" is a threat, "warned that the talks would fail" a statement; "attacked the convoy" is
force, "attacked the ruling party on the issue" criticism; "charged him with murder" a legal act,
"charged the minister with ineptitude" an accusation; "he asked." said alone reports a question,
no request. The decision stage reads the CAMEO root of a candidate, its lemma and its actors'
paths, not what else the trigger governs; these features give that frame, each alone and crossed
with the root (``decision_features``):

- ``arg=clause``: a complement clause ("warned that …", "assured that …");
- ``arg=possessor``: the possessor of an event noun ("his promises", "the army's offensive");
- ``arg=none``: an active verb that takes no object, complement or preposition ("he asked",
  "he warned").
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.nlp.token_arrays import arrays_of

VERB_POS = frozenset({"VERB", "AUX"})
# the dependency labels of a trigger's complements and the kind each gives
COMPLEMENT_KINDS = {"ccomp": "clause", "poss": "possessor"}
# what an active verb may take: with none of these it is said alone (a passive verb's object is
# its subject: "three were killed" takes its patient)
TAKEN_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "prep", "agent", "attr", "acomp",
                        "nsubjpass", "auxpass"})


def argument_features(head: Token) -> list[str]:
    """The argument features of the trigger headed by ``head`` (module docstring), each once,
    in a fixed order."""
    arrays = arrays_of(head.doc)
    kinds = {COMPLEMENT_KINDS[arrays.deps[child]] for child in arrays.children[head.i]
             if arrays.deps[child] in COMPLEMENT_KINDS}
    verb = arrays.pos[head.i] in VERB_POS
    if verb and not any(arrays.deps[child] in TAKEN_DEPS for child in arrays.children[head.i]):
        kinds.add("none")
    return [f"arg={kind}" for kind in sorted(kinds)]
