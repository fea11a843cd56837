package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kumo completion bash}: the script it prints is valid bash, and a real bash that sources it completes
 * kumo's commands, options and option values (the completion function called as bash calls it, with
 * {@code COMP_WORDS}, {@code COMP_CWORD} and {@code COMP_LINE}).
 */
class CompletionCommandTest {

    @TempDir
    Path dir;

    private Path script() throws IOException {
        Cli.Run run = Cli.untouched("completion", "bash");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Path script = dir.resolve("kumo-completion.bash");
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
        return script;
    }

    /**
     * Runs {@code bash} on {@code arguments}; returns standard output, failing on a non-zero exit or on anything on
     * standard error but bash's note that {@code compopt} (which only tunes how the terminal shows the choices)
     * runs outside a completion bash itself started.
     */
    private String bash(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "--norc", "--noprofile"));
        command.addAll(Arrays.asList(arguments));
        Path errors = Files.createTempFile(dir, "bash", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
        String err = Files.readString(errors, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err.lines().filter(l -> !l.endsWith("compopt: not currently executing completion function")))
                .as("bash's standard error").isEmpty();
        return out;
    }

    /** What bash completes for the command line {@code line} (the word being completed is its last, maybe empty). */
    private List<String> complete(Path script, String line) throws IOException, InterruptedException {
        String words = line.endsWith(" ") ? line + "''" : line;
        String out = bash("-c", "source \"$1\" && COMP_LINE=\"$2\" && COMP_POINT=${#COMP_LINE} && COMP_WORDS=(" + words
                + ") && COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) && _complete_kumo && printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash", script.toString(), line);
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    }

    @Test
    void theScriptIsValidBash() throws Exception {
        Path script = script();

        assertThat(Files.readString(script)).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_kumo");
        bash("-n", script.toString());
    }

    @Test
    void bashCompletesCommandsOptionsAndTheirValues() throws Exception {
        Path script = script();

        assertThat(complete(script, "kumo ass")).containsExactly("assess", "assessment");
        assertThat(complete(script, "kumo audit ")).contains("verify", "list", "checkpoint", "head", "keygen");
        assertThat(complete(script, "kumo assess --l")).containsExactly("--lang");
        assertThat(complete(script, "kumo assess --lang ")).containsExactly("en", "ja");
        assertThat(complete(script, "kumo assess --format ")).containsExactly("json", "json-full", "text");
        assertThat(complete(script, "kumo system list --format j")).containsExactly("json");
        assertThat(complete(script, "kumo assessment show x --format r")).containsExactly("record", "request");
        assertThat(complete(script, "kumo assessment list --verdict CON")).containsExactly("CONDITIONAL");
        assertThat(complete(script, "kumo completion ")).contains("bash", "zsh");
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashcompinit() {
        Cli.Run bash = Cli.untouched("completion");
        Cli.Run zsh = Cli.untouched("completion", "zsh");

        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).isEqualTo(bash.out()).contains("bashcompinit");
    }

    @Test
    void anUnknownShellIsBadInputNamingTheParameter() {
        Cli.Run ja = Cli.untouched("completion", "fish");
        Cli.Run en = Cli.untouched("completion", "fish", "--lang", "en");

        assertThat(ja.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ja.out()).isEmpty();
        assertThat(ja.err()).startsWith("kumo: エラー: SHELL の値「fish」は使えません").contains("bash | zsh",
                "kumo completion --help");
        assertThat(en.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(en.err()).startsWith("kumo: error: Invalid value for SHELL: 'fish'. Use one of: bash | zsh");
        BadInputTest.assertNoStackTrace(en);
    }
}
