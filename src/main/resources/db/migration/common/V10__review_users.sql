-- Accounts of the review page and API. Passwords are stored hashed (Spring Security's
-- DelegatingPasswordEncoder format, "{bcrypt}..."); role is REVIEWER or ADMIN.
CREATE TABLE review_user (
    username      VARCHAR(100)  PRIMARY KEY,
    password_hash VARCHAR(500)  NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_user_role CHECK (role IN ('REVIEWER', 'ADMIN'))
);
