print("workforce")
