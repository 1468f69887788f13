package com.commerceconnectors.magento2;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything the named loggers write at TRACE and above while open — messages and stack traces — kept in memory
 * instead of printed, so a test can prove that no level logs a secret. Restores the loggers' configuration on close.
 */
final class CapturedLogs implements AutoCloseable {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final LoggerContext loggerContext = (LoggerContext) LogManager.getContext(false);
    private final Map<String, LoggerConfig> previous = new LinkedHashMap<>();
    private final AbstractAppender appender;

    CapturedLogs(String... loggerNames) {
        appender = new AbstractAppender("captured-" + System.identityHashCode(this), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
                        + event.getMessage().getFormattedMessage());
                if (event.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    event.getThrown().printStackTrace(new PrintWriter(trace));
                    line.append('\n').append(trace);
                }
                events.add(line.toString());
            }
        };
        appender.start();
        Configuration config = loggerContext.getConfiguration();
        for (String name : loggerNames) {
            previous.put(name, config.getLoggers().get(name));
            LoggerConfig capture = LoggerConfig.newBuilder().withLoggerName(name).withLevel(Level.TRACE)
                    .withAdditivity(false).withConfig(config).build();
            capture.addAppender(appender, Level.TRACE, null);
            config.removeLogger(name);
            config.addLogger(name, capture);
        }
        loggerContext.updateLoggers();
    }

    /** Every event so far, one string each. */
    List<String> events() {
        return new ArrayList<>(events);
    }

    /** All events as one text. */
    String text() {
        return String.join("\n", events);
    }

    @Override
    public void close() {
        Configuration config = loggerContext.getConfiguration();
        previous.forEach((name, config0) -> {
            config.removeLogger(name);
            if (config0 != null) {
                config.addLogger(name, config0);
            }
        });
        loggerContext.updateLoggers();
        appender.stop();
    }
}
