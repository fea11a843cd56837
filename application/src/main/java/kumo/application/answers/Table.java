package kumo.application.answers;

import java.util.List;
import java.util.Objects;

/**
 * A list of the service profile answered as a table of its own (a sheet in .xlsx, an array in JSON): one row per
 * entry. Its row in the answers sheet ({@link Question} of type {@link AnswerType#LIST} with the same key) says
 * whether there are any.
 *
 * @param key     the profile's list ({@code certifications}, {@code auditReports}, {@code ismapRegistrations})
 * @param columns in sheet order
 */
public record Table(String key, List<Column> columns) {

    public Table {
        Objects.requireNonNull(key, "key");
        columns = List.copyOf(columns);
    }

    /** The column of {@code key}, or {@code null}. */
    public Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
