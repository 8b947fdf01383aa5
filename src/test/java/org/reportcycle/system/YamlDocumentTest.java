package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A problem in a YAML file names the file, the line and the field's path, whichever module reads it. */
class YamlDocumentTest {

    @Test
    void aProblemDeepInTheFileNamesItsLineAndPath(@TempDir Path dir) throws IOException {
        Path file = write(dir, "people:\n  - name: 王芳\n    age: old\n");
        YamlDocument person = YamlDocument.read(file).required("people").items().get(0);

        assertThat(person.text("name", 10)).isEqualTo("王芳");
        assertThatThrownBy(() -> person.integer("age"))
                .isInstanceOf(YamlProblem.class)
                .hasMessage(file + ", line 3 (people[0].age): 'age' must be a whole number")
                .satisfies(e -> assertThat(((YamlProblem) e).line()).isEqualTo(3));
    }

    @Test
    void aMappingOfKnownFieldsRefusesAnyOther(@TempDir Path dir) throws IOException {
        YamlDocument root = YamlDocument.read(write(dir, "year: 2030\nyaer: 2031\n"));

        assertThat(root.fields(Set.of("year", "yaer")).keySet()).containsExactly("year", "yaer");
        assertThatThrownBy(() -> root.fields(Set.of("year")))
                .isInstanceOf(YamlProblem.class)
                .satisfies(e ->
                        assertThat(((YamlProblem) e).problem()).isEqualTo("unknown field 'yaer'; expected one of year"))
                .satisfies(e -> assertThat(((YamlProblem) e).line()).isEqualTo(2));
    }

    @Test
    void anEmptyFileAndBrokenSyntaxAreProblemsOfTheFile(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> YamlDocument.read(write(dir, "")))
                .isInstanceOf(YamlProblem.class)
                .satisfies(e -> assertThat(((YamlProblem) e).place()).isEqualTo("file"));
        assertThatThrownBy(() -> YamlDocument.read(write(dir, "a: [1\nb: 2\n")))
                .isInstanceOf(YamlProblem.class)
                .satisfies(e -> assertThat(((YamlProblem) e).place()).isEqualTo("syntax"));
    }

    private static Path write(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("file.yml"), text);
    }
}
