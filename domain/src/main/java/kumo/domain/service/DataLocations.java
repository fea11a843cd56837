package kumo.domain.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the city's data can be under the contract on offer, by kind of data (§2イ: every place the
 * city's data can exist, backups and data inside servers included). Countries are ISO 3166-1 alpha-2
 * codes; a {@code null} list means unknown. An empty list of {@code content} countries names no place
 * and is unknown too (the content is somewhere); an empty list for the other kinds means the service
 * keeps no such data.
 *
 * <p>Request format 1 knew two lists, the running data and the backups; {@link #DataLocations(List, List)}
 * maps them onto the kinds (the running data's countries hold the content, the account and usage data
 * and the logs), and {@link #countries()} / {@link #backupCountries()} give them back.
 *
 * @param content         countries of the data centres holding the content
 * @param accountAndUsage countries holding the account and usage data
 * @param backups         countries where backups and replicas can be
 * @param logs            countries holding access logs and other evidence trails
 */
public record DataLocations(List<String> content, List<String> accountAndUsage, List<String> backups, List<String> logs) {

    public DataLocations {
        content = copy(content);
        accountAndUsage = copy(accountAndUsage);
        backups = copy(backups);
        logs = copy(logs);
    }

    /**
     * The format-1 shape: {@code countries} of the running data (content, account and usage data, logs)
     * and {@code backupCountries}.
     */
    public DataLocations(List<String> countries, List<String> backupCountries) {
        this(countries, countries, backupCountries, countries);
    }

    private static List<String> copy(List<String> countries) {
        return countries == null ? null : List.copyOf(countries);
    }

    public static boolean japan(String country) {
        return "JP".equalsIgnoreCase(country);
    }

    /** The countries known for one kind of data; {@code null} unknown. */
    public List<String> of(DataKind kind) {
        return switch (kind) {
            case CONTENT -> content;
            case ACCOUNT_AND_USAGE -> accountAndUsage;
            case BACKUPS -> backups;
            case LOGS -> logs;
        };
    }

    /** The kinds whose places are not known (for content, also an empty list: it names no place), in declaration order. */
    public List<DataKind> unknownKinds() {
        List<DataKind> unknown = new ArrayList<>();
        for (DataKind k : DataKind.values()) {
            List<String> c = of(k);
            if (c == null || (k == DataKind.CONTENT && c.isEmpty())) {
                unknown.add(k);
            }
        }
        return unknown;
    }

    /** For each kind with a place outside Japan, those countries (in the order given, upper case), in declaration order. */
    public Map<DataKind, List<String>> abroad() {
        Map<DataKind, List<String>> abroad = new LinkedHashMap<>();
        for (DataKind k : DataKind.values()) {
            List<String> c = of(k);
            if (c != null) {
                Set<String> outside = new LinkedHashSet<>();
                c.stream().filter(x -> !japan(x)).forEach(x -> outside.add(x.toUpperCase(java.util.Locale.ROOT)));
                if (!outside.isEmpty()) {
                    abroad.put(k, List.copyOf(outside));
                }
            }
        }
        return abroad;
    }

    /** TRUE: every kind's places are known and in Japan; FALSE: a place abroad; null: unknown. */
    public Boolean allInJapan() {
        if (!abroad().isEmpty()) {
            return Boolean.FALSE;
        }
        return unknownKinds().isEmpty() ? Boolean.TRUE : null;
    }

    /**
     * The format-1 view: the countries of the running data (content, account and usage data, logs), each
     * once in the order first named; {@code null} when one of them is unknown.
     */
    public List<String> countries() {
        if (content == null || accountAndUsage == null || logs == null) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>(content);
        all.addAll(accountAndUsage);
        all.addAll(logs);
        return List.copyOf(all);
    }

    /** The format-1 view: the countries where backups and replicas can be; {@code null} unknown. */
    public List<String> backupCountries() {
        return backups;
    }
}
