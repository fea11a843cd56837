package kumo.adapters.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JDBC URL split into its credentials ({@code user}, {@code password} query parameters) and the rest, so that
 * messages can name the database without its password.
 */
record JdbcUrl(String withoutCredentials, String user, String password) {

    static JdbcUrl parse(String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return new JdbcUrl(url, null, null);
        }
        String user = null;
        String password = null;
        List<String> kept = new ArrayList<>();
        for (String parameter : url.substring(question + 1).split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = eq < 0 ? parameter : parameter.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(parameter.substring(eq + 1), StandardCharsets.UTF_8);
            if (name.equals("user")) {
                user = value;
            } else if (name.equals("password")) {
                password = value;
            } else {
                kept.add(parameter);
            }
        }
        String base = url.substring(0, question);
        return new JdbcUrl(kept.isEmpty() ? base : base + "?" + String.join("&", kept), user, password);
    }
}
