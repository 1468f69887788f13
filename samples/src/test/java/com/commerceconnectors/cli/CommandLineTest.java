package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Usage errors, help and version: the exit codes of the contract, whatever the command. */
class CommandLineTest {

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.run(Map.of());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: a command is required").contains("Usage: connectors").contains("validate")
                .contains("encrypt-secret");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        CliRun unknownCommand = CliRun.run(Map.of(), "valdate");
        assertThat(unknownCommand.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownCommand.err()).contains("Unmatched argument").contains("validate");

        CliRun unknownOption = CliRun.run(Map.of(), "validate", "--connection", "x.json", "--strict");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownOption.err()).contains("Unknown option: '--strict'");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRun run = CliRun.run(Map.of(), "validate");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("error: Missing required option: '--connection=FILE'\n"
                + "Run 'connectors validate --help' for usage.\n");
    }

    @Test
    void helpAndVersionSucceedOnStandardOutput() {
        CliRun help = CliRun.run(Map.of(), "--help");
        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("Usage: connectors").contains("Exit codes: 0 success");

        CliRun commandHelp = CliRun.run(Map.of(), "help", "encrypt-secret");
        assertThat(commandHelp.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(commandHelp.out()).contains("--generate-key").contains("printf '%s'");

        CliRun version = CliRun.run(Map.of(), "--version");
        assertThat(version.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).startsWith("connectors 0.").doesNotContain("${");
    }

    @Test
    void verboseIsAcceptedByEveryCommand() {
        assertThat(CliRun.run(Map.of(), "--verbose", "encrypt-secret", "--generate-key").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(CliRun.run(Map.of(), "encrypt-secret", "--verbose", "--generate-key").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(CliRun.run(Map.of(), "validate", "--verbose").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
