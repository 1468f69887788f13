package com.commerceconnectors.core.testing;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Turns every logger to TRACE (HttpClient's wire and header loggers included) and keeps every line, stack traces too. */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    /** One captured event: the logger, the level's name and the rendered text. */
    public record Line(String logger, String level, String text) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Map<String, Level> saved = new HashMap<>();
    private final LoggerContext context;

    private LogCapture() {
        super("capture", null, null, true, Property.EMPTY_ARRAY);
        this.context = (LoggerContext) LogManager.getContext(false);
    }

    public static LogCapture everythingAtTrace() {
        LogCapture capture = new LogCapture();
        capture.start();
        Configuration config = capture.context.getConfiguration();
        config.addAppender(capture);
        for (Map.Entry<String, LoggerConfig> e : config.getLoggers().entrySet()) {
            capture.saved.put(e.getKey(), e.getValue().getLevel());
            e.getValue().setLevel(Level.ALL);
        }
        LoggerConfig root = config.getRootLogger();
        capture.saved.putIfAbsent(root.getName(), root.getLevel());
        root.setLevel(Level.ALL);
        root.addAppender(capture, Level.ALL, null);
        capture.context.updateLoggers();
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        lines.add(new Line(event.getLoggerName(), event.getLevel().name(), text.toString()));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        config.getRootLogger().removeAppender(getName());
        for (Map.Entry<String, LoggerConfig> e : config.getLoggers().entrySet()) {
            Level level = saved.get(e.getKey());
            if (level != null) {
                e.getValue().setLevel(level);
            }
        }
        Level rootLevel = saved.get(config.getRootLogger().getName());
        if (rootLevel != null) {
            config.getRootLogger().setLevel(rootLevel);
        }
        context.updateLoggers();
        stop();
    }
}
