-- `fail` in IO raises an IOException (userError), which try and catch see;
-- a failed pattern in a do block does the same, here left uncaught.
import Control.Exception
import System.IO

main :: IO ()
main = do
  r <- try (fail "boom") :: IO (Either IOException ())
  print r
  catch (ioError (userError "again") >> putStrLn "not reached")
        (\e -> putStrLn ("caught: " ++ show (e :: IOException)))
  hFlush stdout
  Just x <- return (Nothing :: Maybe Int)
  print x
