package org.reportcycle.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reportcycle.system.InvalidInputException.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests the framework refuses before or around a controller (no such address, wrong method or media type, a
 * missing or malformed parameter, an unreadable body): an /api request gets a problem detail, a page the error
 * page, with the same message. Applies to every handler, since an unknown address has no controller.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestErrorAdvice {

    private final Problems problems;
    private final ErrorPages pages;

    RequestErrorAdvice(Problems problems, ErrorPages pages) {
        this.problems = problems;
        this.pages = pages;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView unknownAddress(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        return answer(request, response, HttpStatus.NOT_FOUND, "error.route.unknown", List.of(), locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView wrongMethod(
            HttpRequestMethodNotSupportedException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        String allowed = e.getSupportedHttpMethods() == null
                ? ""
                : e.getSupportedHttpMethods().stream()
                        .map(Object::toString)
                        .sorted()
                        .collect(Collectors.joining(", "));
        if (!allowed.isEmpty()) {
            response.setHeader(HttpHeaders.ALLOW, allowed);
        }
        return answer(
                request,
                response,
                HttpStatus.METHOD_NOT_ALLOWED,
                "error.method.notAllowed",
                List.of(),
                locale,
                e.getMethod(),
                allowed);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView wrongMediaType(
            HttpMediaTypeNotSupportedException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        String given = e.getContentType() == null ? "—" : e.getContentType().toString();
        return answer(
                request,
                response,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "error.mediaType.unsupported",
                List.of(),
                locale,
                given,
                MediaType.toString(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(
            HttpMediaTypeNotAcceptableException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        String offered = e.getSupportedMediaTypes().isEmpty()
                ? MediaType.APPLICATION_JSON_VALUE
                : MediaType.toString(e.getSupportedMediaTypes());
        return answer(
                request,
                response,
                HttpStatus.NOT_ACCEPTABLE,
                "error.mediaType.notAcceptable",
                List.of(),
                locale,
                offered);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(
            MissingServletRequestParameterException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        return invalid(
                request, response, List.of(new FieldProblem(e.getParameterName(), "error.field.required")), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatchedParameter(
            MethodArgumentTypeMismatchException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        if (e.getMostSpecificCause() instanceof InvalidInputException refused) {
            // A value type that checks itself (ReportingPeriod) says best what is wrong.
            return invalid(request, response, refused.problems(), locale);
        }
        Class<?> type = e.getRequiredType();
        FieldProblem problem = type != null && type.isEnum()
                ? new FieldProblem(e.getName(), "error.type.enum", UnreadableBody.constants(type))
                : new FieldProblem(e.getName(), type == null ? "error.type.other" : UnreadableBody.typeKey(type));
        return invalid(request, response, List.of(problem), locale);
    }

    /** A page form's field that does not fit its type (a version that is not a number). */
    @ExceptionHandler(BindException.class)
    ModelAndView unbindable(BindException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        List<FieldProblem> fields = e.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), "error.type.other"))
                .toList();
        return invalid(request, response, fields, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(
            HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        UnreadableBody body = UnreadableBody.of(e.getCause());
        return answer(request, response, HttpStatus.BAD_REQUEST, body.detailKey(), body.fields(), locale);
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ModelAndView unbound(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST, "error.unreadable", List.of(), locale);
    }

    private ModelAndView invalid(
            HttpServletRequest request, HttpServletResponse response, List<FieldProblem> fields, Locale locale)
            throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST, "error.invalid", fields, locale);
    }

    private ModelAndView answer(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String key,
            List<FieldProblem> fields,
            Locale locale,
            Object... args)
            throws IOException {
        if (Problems.api(request)) {
            problems.write(response, problems.of(status, key, args, fields, locale));
            return null;
        }
        return pages.page(status, pages.detail(key, args, fields, locale), locale);
    }
}
