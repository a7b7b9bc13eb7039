import System.Environment

main :: IO ()
main = do
  args <- getArgs
  print args
  print (length args, map length args)
  getProgName >>= putStrLn
  withArgs ["x", "y z"] (getArgs >>= print)
  withArgs [] (getArgs >>= print)
  getArgs >>= print . (== args)
  withProgName "renamed" (getProgName >>= putStrLn)
  getProgName >>= putStrLn
  withArgs ["nested"] (withArgs ["inner"] getArgs >>= print >> getArgs >>= print)
