package org.warraq.problem;

import java.util.List;

/** Thrown when a stage cannot go on because the sources have errors; carries all of them. */
public final class BuildFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(problems.size() + " error(s) in the sources");
        this.problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    /** Every problem found before the stage gave up, errors and warnings, in report order. */
    public List<Problem> problems() {
        return problems;
    }
}
