import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The execution samples of a JFR recording (run with {@code java bench/JfrTop.java
 * rec.jfr [marker=prefix ...]}, JDK 17+): the share of samples whose stack holds each
 * marker (a class or method name prefix, inclusive: a sample counts for every marker on
 * its stack), then the 25 most frequent top frames and the 25 most frequent first frames
 * of the application's own code (pl.wspolnie).
 */
public class JfrTop {

    public static void main(String[] args) throws Exception {
        Map<String, String> markers = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            markers.put(kv[0], kv[1]);
        }
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        markers.keySet().forEach(k -> inclusive.put(k, 0));
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            top.merge(name(frames.get(0)), 1, Integer::sum);
            String first = frames.stream().map(JfrTop::name).filter(n -> n.startsWith("pl.wspolnie")).findFirst()
                .orElse("(none)");
            own.merge(first, 1, Integer::sum);
            for (Map.Entry<String, String> m : markers.entrySet()) {
                if (frames.stream().anyMatch(f -> name(f).startsWith(m.getValue()))) {
                    inclusive.merge(m.getKey(), 1, Integer::sum);
                }
            }
        }
        System.out.println("samples " + total);
        int all = total;
        inclusive.forEach((k, v) -> System.out.printf("%5.1f%%  %s%n", 100.0 * v / all, k));
        print("top frames", top, all);
        print("first application frames", own, all);
    }

    static void print(String title, Map<String, Integer> counts, int total) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
            .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }

    static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

}
