# A name is suggested only within about a third of the bytes involved; the common
# prefix and suffix are free, and more than 40 differing bytes in the middle are
# never compared.
# corpus: full-stderr
configuration_value_for_the_main_window_x = 1
xconfiguration_value_for_the_main_window_y = 2
spam = 3

try:
    configuration_value_for_the_main_window_y
except NameError:
    try:
        yconfiguration_value_for_the_main_window_yz
    except NameError:
        try:
            spammer
        except NameError:
            eggs
