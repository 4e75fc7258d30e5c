print("tongxin")
