package com.commerceconnectors.cli;

import com.commerceconnectors.connection.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Maps what goes wrong to the contract's exit codes: a wrong command line is 64 (picocli's own default, 2, would be
 * read as "invalid connection"), an invalid connection document is 2, anything else is 1. Messages are one line on
 * standard error; stack traces only with {@code --verbose}, in the debug log.
 */
final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("error: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr())) {
            command.getErr().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        command.getErr().flush();
        return ExitCodes.USAGE;
    }

    static int onExecutionError(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        if (e instanceof ConnectionException invalid) {
            // its message lists every problem and never holds a secret
            command.getErr().println(invalid.getMessage());
            command.getErr().flush();
            return ExitCodes.INVALID_CONNECTION;
        }
        // third-party messages may quote request data, so only the type is shown; the debug log has the rest
        command.getErr().println("error: unexpected " + e.getClass().getSimpleName()
                + " in " + command.getCommandSpec().qualifiedName() + "; run again with --verbose for details");
        command.getErr().flush();
        LOG.debug("Unexpected failure", e);
        return ExitCodes.FAILURE;
    }
}
