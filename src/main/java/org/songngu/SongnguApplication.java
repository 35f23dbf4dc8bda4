package org.songngu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SongnguApplication {

    public static void main(String[] args) {
        SpringApplication.run(SongnguApplication.class, args);
    }

}
