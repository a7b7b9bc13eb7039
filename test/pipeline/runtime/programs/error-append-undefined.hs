-- The message is built before anything is printed: only undefined's shows.
main :: IO ()
main = error ("partial message " ++ undefined)
