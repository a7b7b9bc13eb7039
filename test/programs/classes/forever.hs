import Control.Monad
import Data.IORef
import Control.Exception
import System.Exit

main :: IO ()
main = do
  ref <- newIORef (0 :: Int)
  r <- try (forever $ do
        n <- readIORef ref
        when (n >= 5) (throwIO (userError "done"))
        print n
        writeIORef ref (n + 1)) :: IO (Either IOException ())
  print r
  -- forever in Either stops at the first Left
  let step :: Int -> Either String Int
      step n = if n > 3 then Left ("stop at " ++ show n) else Right (n + 1)
  print (foldM (\a _ -> step a) 0 [1 .. 10 :: Int])
  print (forever (Left "x") :: Either String ())
  counter <- newIORef (0 :: Int)
  forever $ do
    modifyIORef counter (+1)
    c <- readIORef counter
    putStrLn ("tick " ++ show c)
    when (c == 3) (exitWith (ExitFailure 3))
