package dk.protokol.web.common;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the working pages' forms are bound (the secretary's and the administrator's): straight onto their fields (the
 * form classes are plain holders, no setters), and a text left blank is no text at all, the rest without
 * surrounding space — as the commands expect.
 */
@ControllerAdvice(basePackages = {"dk.protokol.web.secretary", "dk.protokol.web.admin"})
public class FormBinding {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
