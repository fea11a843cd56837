package kumo.adapters.web;

import java.time.Clock;
import java.util.Objects;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.records.port.in.CompareServicesUseCase;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.port.in.SystemVerdictsUseCase;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;

/**
 * What the web front door is built with, handed over by the composition root: the use cases, the documents,
 * the catalogue, the store's use cases (one session for the server's life, opened on first use and closed when
 * the server stops), the clock whose zone defines "today", and the configured defaults.
 *
 * @param language the language of a request that asks for none ({@code ?lang=}, {@code Accept-Language}, cookie)
 * @param actor    who makes a change when a request names nobody (users and roles come in a later issue)
 * @param compare  one system against several stored services, over {@code store}
 * @param verdicts the latest verdict of each stored system, by department, over {@code store}
 */
public record WebWiring(AssessUseCase assess, Documents documents, Catalogue catalogue, StoreSession store,
        Clock clock, Language language, String actor, CompareServicesUseCase compare,
        SystemVerdictsUseCase verdicts) {

    public WebWiring {
        Objects.requireNonNull(assess, "assess");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(verdicts, "verdicts");
    }
}
