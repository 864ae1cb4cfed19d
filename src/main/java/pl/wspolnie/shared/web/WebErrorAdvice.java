package pl.wspolnie.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.io.IOException;

/** Turns input the server cannot take into friendly 4xx pages instead of a 500. */
@ControllerAdvice
@Order(100)
public class WebErrorAdvice {

    @ExceptionHandler({ MaxUploadSizeExceededException.class })
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(413);
    }

    @ExceptionHandler(MultipartException.class)
    void badMultipart(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(400);
    }

}
