package org.youcheng.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.youcheng.common.NotFoundException;

/** A page about a place or tie that does not exist says so, in the page's language, with a search box. */
@ControllerAdvice(basePackageClasses = WebErrors.class)
class WebErrors {

    private final PageAssets assets;

    WebErrors(PageAssets assets) {
        this.assets = assets;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView("frame/not-found", HttpStatus.NOT_FOUND);
        // exception handlers get no @ModelAttribute values: the frame's are added here
        page.addObject("htmxSrc", assets.htmxSrc());
        page.addObject("langSwitch", assets.langSwitch(request, locale));
        page.addObject("signedIn", assets.signedIn());
        page.addObject("canEdit", assets.canEdit());
        page.addObject("isAdmin", assets.isAdmin());
        return page;
    }
}
