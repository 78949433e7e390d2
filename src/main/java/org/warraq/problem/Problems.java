package org.warraq.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers over lists of problems. */
public final class Problems {
    private Problems() {
    }

    /** True when any of the problems is an error. */
    public static boolean hasErrors(Collection<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Throws a {@link BuildFailure} carrying all problems when any of them is an error. */
    public static void failOnErrors(Collection<Problem> problems) {
        if (hasErrors(problems)) {
            throw new BuildFailure(List.copyOf(problems));
        }
    }

    /** Concatenation of several lists, in order. */
    @SafeVarargs
    public static List<Problem> concat(List<Problem>... lists) {
        List<Problem> all = new ArrayList<>();
        for (List<Problem> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
