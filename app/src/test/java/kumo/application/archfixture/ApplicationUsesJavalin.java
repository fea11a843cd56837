package kumo.application.archfixture;

import io.javalin.http.Context;

/** Breaks (c): a Javalin type in the application ring. */
public class ApplicationUsesJavalin {

    public String path(Context context) {
        return context.path();
    }
}
