import Control.Monad.State
import System.IO

data Game = Game { pos :: (Int, Int), score :: Int, moves :: [String] } deriving Show

move :: String -> StateT Game IO Bool
move cmd = do
  g <- get
  let (x, y) = pos g
  case cmd of
    "n" -> put g { pos = (x, y + 1) } >> ok
    "s" -> put g { pos = (x, y - 1) } >> ok
    "e" -> put g { pos = (x + 1, y) } >> ok
    "w" -> put g { pos = (x - 1, y) } >> ok
    "coin" -> modify (\h -> h { score = score h + 10 }) >> liftIO (putStrLn "  +10") >> ok
    "quit" -> liftIO (putStrLn "  bye") >> return False
    _ -> liftIO (putStrLn ("  unknown command: " ++ cmd)) >> return True
  where ok = modify (\h -> h { moves = cmd : moves h }) >> return True

loop :: StateT Game IO ()
loop = do
  eof <- liftIO isEOF
  unless eof $ do
    line <- liftIO getLine
    cont <- move line
    p <- gets pos
    s <- gets score
    lift (putStrLn (line ++ " -> " ++ show p ++ " score " ++ show s))
    when cont loop

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  (_, final) <- runStateT loop (Game (0, 0) 0 [])
  print final
  n <- execStateT (forM_ (reverse (moves final)) $ \m -> when (m == "n") (modify (+ 1))) (0 :: Int)
  putStrLn ("north moves: " ++ show n)
  total <- evalStateT (do { modify' (* 2); x <- get; liftIO (print x); return (x + 1) }) (score final)
  print total
