package org.warraq.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ognl.OgnlOps;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the variable expressions themes mostly write — a variable, its record components and
 * methods, with at most a negation, one comparison with a literal and a choice between two literals
 * ({@code view.page.title}, {@code t.msg('nav.home')}, {@code !view.tags.isEmpty()},
 * {@code level == 2}, {@code p.current ? 'page' : null}) — straight through method handles, and
 * hands every other expression to Thymeleaf's OGNL evaluator.
 *
 * <p>Why: OGNL walked its whole machinery for each of a page's hundred expressions (a context
 * object, an interface search per chain link, an overload search per call), half of the template
 * engine's time. Results are OGNL's: its own operators decide truth, equality and order, and
 * whenever a step is not one handled here (a property of something other than a record, an
 * overloaded method, a null on the way) the whole expression is evaluated by OGNL instead, which
 * then also reports any error. Nothing here can instantiate or reach static members, so what
 * Thymeleaf's restricted mode forbids stays forbidden (request parameters go to OGNL, which refuses
 * them).
 */
final class SimpleExpressions implements IStandardVariableExpressionEvaluator {
    /** Words that are operators or literals in OGNL, never variable or member names. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "neq", "ne", "lt", "gt", "lte", "le", "gte",
            "ge", "in", "instanceof", "new", "shl", "shr", "ushr", "bor", "xor", "band", "true", "false", "null");
    /** Distinct expression texts remembered; more come only from preprocessing, and are compiled each time. */
    private static final int MAX_REMEMBERED = 10_000;
    private static final Object NULL = new Object();

    private final IStandardVariableExpressionEvaluator ognl;
    private final Map<String, Optional<Expression>> compiled = new ConcurrentHashMap<>();

    /** Evaluates what it can, and the rest with {@code ognl}. */
    SimpleExpressions(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        String text = expression.getExpression();
        Expression compiled = expression.getUseSelectionAsRoot() || text == null ? null : compile(text);
        if (compiled == null || expContext.getRestrictVariableAccess() && compiled.root().equals("param")) {
            return ognl.evaluate(context, expression, expContext);
        }
        Object result;
        try {
            result = compiled.evaluate(context);
        } catch (NotApplicable e) {
            return ognl.evaluate(context, expression, expContext);
        } catch (RuntimeException e) {
            throw new TemplateProcessingException("Exception evaluating OGNL expression: \"" + text + "\"", e);
        }
        if (!expContext.getPerformTypeConversion()) {
            return result;
        }
        return StandardExpressions.getConversionService(context.getConfiguration()).convert(context, result, String.class);
    }

    /** The compiled form of {@code text}, or null when it is not one of the simple forms. */
    Expression compile(String text) {
        Optional<Expression> known = compiled.get(text);
        if (known == null) {
            known = Optional.ofNullable(new Parser(text).expression());
            if (compiled.size() < MAX_REMEMBERED) {
                compiled.put(text, known);
            }
        }
        return known.orElse(null);
    }

    @Override
    public String toString() {
        return "simple, then OGNL";
    }

    /** Thrown when a step meets a value this evaluator does not handle: OGNL evaluates the expression instead. */
    private static final class NotApplicable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotApplicable INSTANCE = new NotApplicable();

        private NotApplicable() {
            super(null, null, false, false);
        }
    }

    /** A compiled expression: a variable path, then optionally a negation, a comparison, a choice. */
    interface Expression {
        Object evaluate(IExpressionContext context);

        /** The variable the expression starts from. */
        String root();
    }

    /** {@code name(.member)*}, each member a record component or a method call with literal arguments. */
    private record Path(String root, List<Step> steps) implements Expression {
        @Override
        public Object evaluate(IExpressionContext context) {
            if (!(context instanceof ITemplateContext)) {
                throw NotApplicable.INSTANCE; // OGNL has no variables to start from then, and says so
            }
            Object value = context.getVariable(root);
            for (Step step : steps) {
                if (value == null) {
                    throw NotApplicable.INSTANCE; // OGNL's "source is null" error, in OGNL's words
                }
                value = step.apply(value);
            }
            return value;
        }
    }

    private record Not(Expression operand) implements Expression {
        @Override
        public Object evaluate(IExpressionContext context) {
            return OgnlOps.booleanValue(operand.evaluate(context)) ? Boolean.FALSE : Boolean.TRUE;
        }

        @Override
        public String root() {
            return operand.root();
        }
    }

    private record Comparison(Expression left, String operator, Object literal) implements Expression {
        @Override
        public Object evaluate(IExpressionContext context) {
            Object value = left.evaluate(context);
            boolean result = switch (operator) {
                case "==" -> OgnlOps.equal(value, literal);
                case "!=" -> !OgnlOps.equal(value, literal);
                case ">" -> OgnlOps.greater(value, literal);
                case "<" -> OgnlOps.less(value, literal);
                case ">=" -> !OgnlOps.less(value, literal);
                default -> !OgnlOps.greater(value, literal); // "<="
            };
            return result ? Boolean.TRUE : Boolean.FALSE;
        }

        @Override
        public String root() {
            return left.root();
        }
    }

    private record Choice(Expression test, Object then, Object otherwise) implements Expression {
        @Override
        public Object evaluate(IExpressionContext context) {
            return OgnlOps.booleanValue(test.evaluate(context)) ? then : otherwise;
        }

        @Override
        public String root() {
            return test.root();
        }
    }

    /** One member of a path. */
    private sealed interface Step {
        Object apply(Object target);
    }

    /** A record component: OGNL reads records through {@link RecordProperties}, which reads the same accessor. */
    private record Property(String name) implements Step {
        @Override
        public Object apply(Object target) {
            MethodHandle accessor = target instanceof Record ? RecordProperties.accessor(target.getClass(), name) : null;
            if (accessor == null) {
                throw NotApplicable.INSTANCE;
            }
            return RecordAccessors.read(accessor, target);
        }
    }

    /** A method call with literal arguments, when the target's class has exactly one public method of that name and arity. */
    private record Call(String name, Object[] arguments) implements Step {
        @Override
        public Object apply(Object target) {
            Invoker invoker = Methods.find(target.getClass(), name, arguments.length);
            if (invoker == null || !invoker.accepts(arguments)) {
                throw NotApplicable.INSTANCE;
            }
            return invoker.invoke(target, arguments);
        }
    }

    /** A public method ready to call: its parameter types and a handle of type (Object, Object[])Object. */
    private record Invoker(Class<?>[] parameters, MethodHandle handle) {
        boolean accepts(Object[] arguments) {
            for (int i = 0; i < arguments.length; i++) {
                Object a = arguments[i];
                Class<?> p = parameters[i];
                boolean fits = a == null ? !p.isPrimitive() : p.isInstance(a) || p == int.class && a instanceof Integer;
                if (!fits) {
                    return false;
                }
            }
            return true;
        }

        Object invoke(Object target, Object[] arguments) {
            try {
                return (Object) handle.invokeExact(target, arguments);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Public methods by class, name and arity, found once; an overloaded name has none here. */
    private static final class Methods {
        private static final ClassValue<Map<String, Optional<Invoker>>> BY_CLASS = new ClassValue<>() {
            @Override
            protected Map<String, Optional<Invoker>> computeValue(Class<?> type) {
                return new ConcurrentHashMap<>();
            }
        };

        static Invoker find(Class<?> type, String name, int arity) {
            return BY_CLASS.get(type).computeIfAbsent(name + "/" + arity, k -> Optional.ofNullable(resolve(type, name, arity)))
                    .orElse(null);
        }

        private static Invoker resolve(Class<?> type, String name, int arity) {
            List<Method> candidates = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == arity && !Modifier.isStatic(m.getModifiers())) {
                    candidates.add(m);
                }
            }
            if (candidates.isEmpty() || candidates.stream().map(m -> Arrays.asList(m.getParameterTypes())).distinct().count() > 1) {
                return null;
            }
            Class<?>[] parameters = candidates.get(0).getParameterTypes();
            MethodType signature = MethodType.methodType(candidates.get(0).getReturnType(), parameters);
            // Called through a public class or interface declaring it: a value's own class may be hidden
            // (the JDK's immutable lists), and the call still dispatches to it.
            for (Class<?> owner : publicSupertypes(type)) {
                try {
                    MethodHandle handle = MethodHandles.publicLookup().findVirtual(owner, name, signature);
                    return new Invoker(parameters, handle.asType(MethodType.genericMethodType(1 + arity))
                            .asSpreader(Object[].class, arity));
                } catch (NoSuchMethodException | IllegalAccessException e) {
                    // not declared (or not reachable) there: the next supertype
                }
            }
            return null;
        }

        /** The class and its supertypes, classes before interfaces, nearest first, public ones only. */
        private static List<Class<?>> publicSupertypes(Class<?> type) {
            List<Class<?>> found = new ArrayList<>();
            Deque<Class<?>> interfaces = new ArrayDeque<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    found.add(c);
                }
                interfaces.addAll(Arrays.asList(c.getInterfaces()));
            }
            while (!interfaces.isEmpty()) {
                Class<?> i = interfaces.poll();
                if (!found.contains(i)) {
                    if (Modifier.isPublic(i.getModifiers())) {
                        found.add(i);
                    }
                    interfaces.addAll(Arrays.asList(i.getInterfaces()));
                }
            }
            return found;
        }
    }

    /**
     * Reads the simple forms; anything else (and any doubt) gives null, and the expression goes to
     * OGNL: {@code path [op literal] [? literal : literal]}, a path optionally negated with '!'.
     */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Expression expression() {
            try {
                Expression e = unary();
                skipSpaces();
                String operator = comparison();
                if (operator != null) {
                    e = new Comparison(e, operator, value(literal()));
                }
                skipSpaces();
                if (peek('?')) {
                    at++;
                    Object then = value(literal());
                    skipSpaces();
                    expect(':');
                    e = new Choice(e, then, value(literal()));
                }
                skipSpaces();
                return at == text.length() ? e : null;
            } catch (NotApplicable unsupported) {
                return null;
            }
        }

        private Expression unary() {
            skipSpaces();
            if (peek('!') && !text.startsWith("!=", at)) {
                at++;
                return new Not(unary());
            }
            String root = identifier();
            List<Step> steps = new ArrayList<>();
            while (peek('.')) {
                at++;
                String member = identifier();
                if (peek('(')) {
                    at++;
                    steps.add(new Call(member, arguments()));
                } else {
                    steps.add(new Property(member));
                }
            }
            return new Path(root, List.copyOf(steps));
        }

        private Object[] arguments() {
            List<Object> arguments = new ArrayList<>();
            skipSpaces();
            if (peek(')')) {
                at++;
                return new Object[0];
            }
            while (true) {
                arguments.add(value(literal()));
                skipSpaces();
                if (peek(')')) {
                    at++;
                    return arguments.toArray();
                }
                expect(',');
            }
        }

        private static Object value(Object literal) {
            return literal == NULL ? null : literal;
        }

        private String comparison() {
            for (String op : List.of("==", "!=", ">=", "<=", ">", "<")) {
                if (text.startsWith(op, at)) {
                    at += op.length();
                    return op;
                }
            }
            return null;
        }

        /** A string (of two or more characters: OGNL reads 'x' as a character), a whole number, null, true or false. */
        private Object literal() {
            skipSpaces();
            if (peek('\'')) {
                int end = text.indexOf('\'', at + 1);
                if (end < 0) {
                    throw NotApplicable.INSTANCE;
                }
                String value = text.substring(at + 1, end);
                if (value.length() < 2 || value.indexOf('\\') >= 0) {
                    throw NotApplicable.INSTANCE;
                }
                at = end + 1;
                return value;
            }
            int start = at;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            if (at > start) {
                if (at - start > 9 || at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
                    throw NotApplicable.INSTANCE; // long, hexadecimal, suffixed or floating literals
                }
                return Integer.valueOf(text.substring(start, at));
            }
            String word = word();
            return switch (word) {
                case "null" -> NULL;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw NotApplicable.INSTANCE;
            };
        }

        private String identifier() {
            skipSpaces();
            String word = word();
            if (KEYWORDS.contains(word)) {
                throw NotApplicable.INSTANCE;
            }
            return word;
        }

        private String word() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                if (at == start && Character.isDigit(text.charAt(at)) || text.charAt(at) > 127) {
                    throw NotApplicable.INSTANCE;
                }
                at++;
            }
            if (at == start) {
                throw NotApplicable.INSTANCE;
            }
            return text.substring(start, at);
        }

        private void expect(char c) {
            skipSpaces();
            if (!peek(c)) {
                throw NotApplicable.INSTANCE;
            }
            at++;
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
