package dk.protokol.web.secretary;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the secretary's forms are bound: straight onto their fields (the form classes are plain holders, no
 * setters), and a text left blank is no text at all, the rest without surrounding space — as the commands expect.
 */
@ControllerAdvice(basePackageClasses = SecretaryFormBinding.class)
class SecretaryFormBinding {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
