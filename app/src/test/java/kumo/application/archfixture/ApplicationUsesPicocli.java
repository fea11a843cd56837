package kumo.application.archfixture;

import picocli.CommandLine.Command;

/** Breaks (c) and (d, class): a picocli annotation in the application ring. */
@Command(name = "fixture")
public class ApplicationUsesPicocli {
}
