package org.warraq.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.problem.Problem;
import org.warraq.problem.Severity;
import org.warraq.render.Json;

/**
 * Everything {@code warraq check} found: findings errors first (each group in file order), the
 * external links, and how many pages were checked.
 */
public record CheckReport(List<Problem> findings, List<ExternalLink> external, int pages) {
    public CheckReport {
        List<Problem> ordered = new ArrayList<>();
        findings.stream().filter(Problem::isError).sorted(Problem.ORDER).distinct().forEach(ordered::add);
        findings.stream().filter(p -> !p.isError()).sorted(Problem.ORDER).distinct().forEach(ordered::add);
        findings = List.copyOf(ordered);
        external = List.copyOf(external);
    }

    public long errors() {
        return findings.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return findings.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    /**
     * The report as one JSON object, for CI: {@code errors}, {@code warnings}, {@code pages},
     * {@code findings} (severity, path, line, column, message) and {@code external} (url, places,
     * and status or error once fetched). Keys and order are stable.
     */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("errors", errors());
        root.put("warnings", warnings());
        root.put("pages", pages);
        List<Object> items = new ArrayList<>();
        for (Problem p : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", p.severity().label());
            item.put("path", p.path());
            item.put("line", p.line());
            item.put("column", p.column());
            item.put("message", p.message());
            items.add(item);
        }
        root.put("findings", items);
        List<Object> links = new ArrayList<>();
        for (ExternalLink link : external) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("url", link.url());
            item.put("places", link.places().stream().map(ExternalLink.Place::toString).toList());
            item.put("checked", link.outcome() != null);
            if (link.outcome() != null) {
                item.put("status", link.outcome().status());
                item.put("error", link.outcome().error());
            }
            links.add(item);
        }
        root.put("external", links);
        return Json.write(root);
    }
}
