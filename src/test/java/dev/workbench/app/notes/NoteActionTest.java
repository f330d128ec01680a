package dev.workbench.app.notes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class NoteActionTest {
    @Test
    void setLinksCarryOneOrSeveralValuesInOrder() {
        assertEquals(Optional.of(new NoteAction.SetValues("set:learning-rate=0.1", Map.of("learning-rate", "0.1"))),
                NoteAction.parse("set:learning-rate=0.1"));
        NoteAction.SetValues both = (NoteAction.SetValues) NoteAction.parse("set:batch-size=1&learning-rate=0.01").orElseThrow();
        assertEquals(List.of("batch-size", "learning-rate"), List.copyOf(both.values().keySet()));
    }

    @Test
    void compareLinksNameAComparison() {
        assertEquals(Optional.of(new NoteAction.StartComparison("compare:rates", "rates")), NoteAction.parse("compare:rates"));
    }

    @Test
    void brokenActionLinksSayWhyAndOrdinaryLinksAreNoActions() {
        assertInstanceOf(NoteAction.Malformed.class, NoteAction.parse("set:learning-rate").orElseThrow());
        assertInstanceOf(NoteAction.Malformed.class, NoteAction.parse("set:a=1&=2").orElseThrow());
        assertInstanceOf(NoteAction.Malformed.class, NoteAction.parse("compare:").orElseThrow());
        assertEquals(Optional.empty(), NoteAction.parse("https://deeplearning4j.konduit.ai"));
    }

    @Test
    void theViewFindsEveryActionLinkAndNoneInCodeOrFormulas() {
        List<NoteAction> actions = MarkdownView.actions("""
                [Try it](set:epochs=2) and `[not](set:x=1)`; see [the docs](https://example.org).

                | try | what |
                |---|---|
                | [race](compare:rates) | $x$ |
                """);
        assertEquals(List.of("set:epochs=2", "compare:rates"), actions.stream().map(NoteAction::target).toList());
    }
}
