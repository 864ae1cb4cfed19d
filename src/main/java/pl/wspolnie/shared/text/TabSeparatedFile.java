package pl.wspolnie.shared.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Data kept as a file rather than as code (the demo partnership's organisations and
 * texts): a UTF-8 classpath resource with one row a line and its values separated by
 * tabs; blank lines and lines starting with {@code #} (a description of the columns) are
 * skipped. The one reader of such files.
 */
public final class TabSeparatedFile {

    private TabSeparatedFile() {
    }

    /**
     * The rows of the resource, each with its values in order (an empty value is "").
     * @throws IllegalStateException when there is no such resource
     */
    public static List<List<String>> rows(String resource) {
        InputStream in = TabSeparatedFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no resource " + resource);
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(List.of(line.split("\t", -1)));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return rows;
    }

    /** A list value of a row: the parts of {@code value} separated by {@code |}. */
    public static List<String> list(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split("\\|", -1));
    }

}
