-- exitSuccess deep inside bracket and handlers of other types.
import System.Exit
import Control.Exception

main :: IO ()
main = do
  bracket (putStrLn "open" >> return 1) (\_ -> putStrLn "close") $ \x -> do
    print (x :: Int)
    handle (\e -> putStrLn ("err " ++ show (e :: ErrorCall))) $ do
      putStrLn "exiting"
      _ <- exitSuccess
      putStrLn "not reached"
  putStrLn "not reached either"
